/**
 * The HTTP API of `casebrief serve`, as OpenAPI 3.1 (served at /api/openapi.json). Every route the
 * server has is here; a test checks that the two agree.
 */

const renderParameters = [
  { name: 'lang', in: 'query', description: 'Language of the output: en (default), it or zh.', schema: { type: 'string', examples: ['en', 'it', 'zh'] } },
  {
    name: 'as_of',
    in: 'query',
    description: "The day the partnership's age and next anniversary are counted to, YYYY-MM-DD (default: today).",
    schema: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
  },
  { name: 'event', in: 'query', description: 'anniversary: open the deck with the anniversary that falls on or after as_of.', schema: { type: 'string', enum: ['anniversary'] } },
  { name: 'paper', in: 'query', description: 'PDF paper size.', schema: { type: 'string', enum: ['a4', 'letter'], default: 'a4' } },
  { name: 'pdfa', in: 'query', description: 'Write the PDF as PDF/A-3b with the YAML attached.', schema: { type: 'boolean', default: false } },
];
const fileParameter = {
  name: 'file',
  in: 'query',
  description:
    "A case-study file name of the served folder the YAML stands for: its picture is looked for beside it, and problems name it. Default: the YAML's picture, if any, is looked for in the served folder.",
  schema: { type: 'string' },
};
const nameParameter = {
  name: 'file',
  in: 'path',
  required: true,
  description: 'A case-study file name in the served folder, e.g. milan-shanghai.yaml (no folder part).',
  schema: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*\\.ya?ml$' },
};
const yamlBody = {
  required: true,
  description: "A case study's YAML (at most 5 MB).",
  content: { 'application/yaml': { schema: { type: 'string' } }, 'text/plain': { schema: { type: 'string' } } },
};

const error = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });
const problems = {
  description: 'The YAML is not a valid case study: every problem, at its line and column.',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Problems' } } },
};
const refusals = {
  '401': error('The server was started with --token and the request has no `Authorization: Bearer <token>`, or a wrong one.'),
  '403': error('The Host header is not the address the server serves (DNS rebinding), or a write comes from another site (Origin).'),
};
const bodyRefusals = { ...refusals, '413': error('The body is over 5 MB.') };
const busy = { '503': error('Too many renders are waiting, or the render took too long; try again.') };

export const openApi = {
  openapi: '3.1.0',
  info: {
    title: 'casebrief serve',
    version: '1',
    description:
      'Renders city-partnership case studies (YAML) into a PDF brief and a PowerPoint deck, checks them, and reads and writes the case studies of one folder. Every error is JSON: `{ "error": "…" }`, or `{ "problems": [{ "line", "col", "message" }] }` for a case study that is not valid. Started with --token, every /api request needs `Authorization: Bearer <token>` (for /api/events, which browsers open without headers, `?token=` too).',
  },
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'Only when the server was started with --token.' } },
    schemas: {
      Error: { type: 'object', required: ['error'], properties: { error: { type: 'string' } } },
      Problem: {
        type: 'object',
        required: ['message'],
        properties: { file: { type: 'string' }, line: { type: 'integer', minimum: 1 }, col: { type: 'integer', minimum: 1 }, message: { type: 'string' } },
      },
      Problems: { type: 'object', required: ['problems'], properties: { problems: { type: 'array', items: { $ref: '#/components/schemas/Problem' } } } },
      Warning: {
        type: 'object',
        required: ['code', 'message'],
        properties: { code: { type: 'string' }, message: { type: 'string' }, file: { type: 'string' }, line: { type: 'integer' }, col: { type: 'integer' } },
      },
      CaseStudyEntry: {
        type: 'object',
        required: ['file', 'ok', 'modified'],
        properties: {
          file: { type: 'string' },
          id: { type: 'string' },
          title: { type: 'string' },
          ok: { type: 'boolean', description: 'False when the file is not a valid case study.' },
          problems: { type: 'integer', description: 'How many problems it has, when it is not valid.' },
          modified: { type: 'string', format: 'date-time' },
        },
      },
      Edit: {
        type: 'object',
        required: ['path'],
        properties: {
          path: { type: 'array', items: { type: ['string', 'integer'] }, minItems: 1, examples: [['sections', 0, 'paragraphs', 1]] },
          value: { description: 'The new value; absent or null deletes the value at path.' },
          to: { type: 'integer', minimum: 0, description: 'Moves the list item at path to this place of its list (0-based), with its comments; value is then not read.' },
        },
      },
    },
  },
  security: [{}, { bearer: [] }],
  paths: {
    '/api/openapi.json': { get: { summary: 'This document.', responses: { '200': { description: 'OpenAPI 3.1', content: { 'application/json': {} } }, ...refusals } } },
    '/api/formats': {
      get: {
        summary: 'The formats casebrief writes.',
        responses: {
          '200': {
            description: '{ format, document, extension, mimeType, description } each',
            content: { 'application/json': { schema: { type: 'array', items: { type: 'object' } } } },
          },
          ...refusals,
        },
      },
    },
    '/api/render': {
      post: {
        summary: 'Renders a case study (the body) into one format.',
        parameters: [{ name: 'format', in: 'query', required: true, schema: { type: 'string', enum: ['pdf', 'pptx'] } }, ...renderParameters, fileParameter],
        requestBody: yamlBody,
        responses: {
          '200': {
            description:
              'The file, with its MIME type and a Content-Disposition naming it <id>.<ext>. Warnings, if any, are in the X-Casebrief-Warnings header (JSON, URI-encoded).',
            content: {
              'application/pdf': { schema: { type: 'string', contentMediaType: 'application/pdf' } },
              'application/vnd.openxmlformats-officedocument.presentationml.presentation': { schema: { type: 'string' } },
            },
          },
          '400': error('An unknown or malformed option (format, lang, as_of, event, paper, pdfa) or parameter.'),
          '422': problems,
          ...bodyRefusals,
          ...busy,
        },
      },
    },
    '/api/validate': {
      post: {
        summary: 'Checks a case study (the body) as a render would, making no file.',
        parameters: [...renderParameters, fileParameter],
        requestBody: yamlBody,
        responses: {
          '200': {
            description: 'Valid.',
            content: {
              'application/json': { schema: { type: 'object', properties: { ok: { const: true }, warnings: { type: 'array', items: { $ref: '#/components/schemas/Warning' } } } } },
            },
          },
          '400': error('An unknown or malformed option.'),
          '422': problems,
          ...bodyRefusals,
          ...busy,
        },
      },
    },
    '/api/preview': {
      post: {
        summary: "The studio's preview of a case study (the body): the brief as PDF (base64) and the deck's slides as SVG drawn from its slide plan.",
        parameters: [
          ...renderParameters,
          fileParameter,
          {
            name: 'parts',
            in: 'query',
            description: 'What to make: pdf, slides, or both (default).',
            schema: { type: 'string', enum: ['pdf', 'slides', 'pdf,slides'], default: 'pdf,slides' },
          },
        ],
        requestBody: yamlBody,
        responses: {
          '200': {
            description: 'The preview.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    pdf: { type: 'string', contentEncoding: 'base64' },
                    slides: { type: 'array', items: { type: 'string' } },
                    warnings: { type: 'array', items: { $ref: '#/components/schemas/Warning' } },
                  },
                },
              },
            },
          },
          '400': error('An unknown or malformed option.'),
          '422': problems,
          ...bodyRefusals,
          ...busy,
        },
      },
    },
    '/api/case-studies': {
      get: {
        summary: "The served folder's case studies (*.yaml and *.yml in it).",
        responses: {
          '200': { description: 'One entry a file.', content: { 'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/CaseStudyEntry' } } } } },
          ...refusals,
        },
      },
    },
    '/api/case-studies/{file}': {
      parameters: [nameParameter],
      get: {
        summary: 'A case study’s YAML, as it is on disk.',
        responses: {
          '200': { description: 'The YAML.', content: { 'application/yaml': { schema: { type: 'string' } } } },
          '400': error('Not a case-study file name of the folder.'),
          '404': error('No such case study.'),
          ...refusals,
        },
      },
      put: {
        summary:
          'Saves a case study atomically (a temporary file renamed over it). The body is the YAML to write as it is (application/yaml or text/plain), or edits to apply to the file on disk, keeping its comments and key order (application/json: { "edits": [Edit] }). Nothing is written when the result is not a valid case study.',
        requestBody: {
          required: true,
          content: {
            'application/yaml': { schema: { type: 'string' } },
            'text/plain': { schema: { type: 'string' } },
            'application/json': { schema: { type: 'object', required: ['edits'], properties: { edits: { type: 'array', items: { $ref: '#/components/schemas/Edit' } } } } },
          },
        },
        responses: {
          '200': {
            description: 'Saved; the text written.',
            content: {
              'application/json': {
                schema: { type: 'object', properties: { ok: { const: true }, file: { type: 'string' }, yaml: { type: 'string' }, warnings: { type: 'array' } } },
              },
            },
          },
          '400': error('Not a case-study file name, or edits that are not a list of { path, value }.'),
          '404': error('Edits sent for a file that does not exist.'),
          '422': problems,
          ...bodyRefusals,
        },
      },
    },
    '/api/starter': {
      get: {
        summary: 'The YAML of a new case study, to save under a new name.',
        parameters: [{ name: 'id', in: 'query', schema: { type: 'string' }, description: 'A name for it; made into an id (lowercase words joined by hyphens).' }],
        responses: { '200': { description: 'The YAML.', content: { 'application/yaml': { schema: { type: 'string' } } } }, ...refusals },
      },
    },
    '/api/import': {
      post: {
        summary: "Turns a survey answer's plain text (the body) into case-study YAML, every sentence kept as written.",
        requestBody: { required: true, content: { 'text/plain': { schema: { type: 'string' } } } },
        responses: {
          '200': {
            description: 'The YAML and what to check in it.',
            content: {
              'application/json': {
                schema: { type: 'object', properties: { id: { type: 'string' }, file: { type: 'string' }, yaml: { type: 'string' }, warnings: { type: 'array' } } },
              },
            },
          },
          '422': problems,
          ...bodyRefusals,
        },
      },
    },
    '/api/pack': {
      post: {
        summary: 'A briefing pack of case studies of the folder: the PDF (a chapter each), or with format=pptx one deck of them all.',
        parameters: [{ name: 'format', in: 'query', schema: { type: 'string', enum: ['pdf', 'pptx'], default: 'pdf' } }, ...renderParameters],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['title', 'files'],
                properties: { title: { type: 'string', minLength: 1 }, files: { type: 'array', items: { type: 'string' }, minItems: 1 } },
              },
            },
          },
        },
        responses: {
          '200': { description: 'pack.pdf or pack.pptx.', content: { 'application/pdf': {}, 'application/vnd.openxmlformats-officedocument.presentationml.presentation': {} } },
          '400': error('No title, no files, a bad file name or option.'),
          '404': error('A file named is not in the folder.'),
          '422': problems,
          ...bodyRefusals,
          ...busy,
        },
      },
    },
    '/api/pictures/{name}': {
      parameters: [{ name: 'name', in: 'path', required: true, schema: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*\\.(png|jpe?g)$' } }],
      put: {
        summary: 'Saves a picture (PNG or JPEG) into the folder, checked by content as a build checks it.',
        requestBody: { required: true, content: { 'image/png': {}, 'image/jpeg': {} } },
        responses: {
          '200': {
            description: 'Saved.',
            content: {
              'application/json': {
                schema: { type: 'object', properties: { ok: { const: true }, file: { type: 'string' }, width: { type: 'integer' }, height: { type: 'integer' } } },
              },
            },
          },
          '400': error('Not a picture file name.'),
          '422': problems,
          ...bodyRefusals,
        },
      },
    },
    '/api/events': {
      get: {
        summary: 'Server-sent events: `changed` with { file } when a case study of the folder is written, made or removed (by anyone).',
        responses: { '200': { description: 'An event stream.', content: { 'text/event-stream': {} } }, ...refusals },
      },
    },
  },
} as const;
