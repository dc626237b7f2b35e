import type Library from 'pptxgenjs';

/**
 * Our one handle on pptxgenjs. Its typings describe the CommonJS build (class
 * under `default.default`) while Node's ESM loader and bundlers hand out the
 * class as `default`; this resolves both, so no other file cares.
 */
export type PptxClass = typeof Library.default;
export type Pptx = InstanceType<PptxClass>;
export type PptxSlide = Library.default.Slide;
export type TextProps = Library.default.TextProps;
export type TextPropsOptions = Library.default.TextPropsOptions;
export type SlideMasterProps = Library.default.SlideMasterProps;
export type PlaceholderProps = Library.default.PlaceholderProps;

/** Loads pptxgenjs on first use: importing it costs start-up time that PDF-only runs should not pay. */
export async function loadPptxGenJS(): Promise<PptxClass> {
  const mod = (await import('pptxgenjs')) as unknown as { default: PptxClass & { default?: PptxClass } };
  return mod.default.default ?? mod.default;
}
