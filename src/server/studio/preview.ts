/// <reference lib="dom" />
import { GlobalWorkerOptions, PDFWorker, getDocument } from 'pdfjs-dist';

/**
 * The preview: the brief's pages drawn by pdf.js from the PDF casebrief rendered, and the deck's
 * slides as the SVG the server drew from the slide plan. Each page is drawn off screen and swapped
 * in whole, so the old one stays readable until then. The pages in view are drawn first:
 * `data-version` on the container tells which edit the pages in view show, `data-complete` which
 * edit every page shows.
 */

GlobalWorkerOptions.workerSrc = new URL('pdf.worker.mjs', import.meta.url).href;
let worker: PDFWorker | undefined;
let drawing = 0;

/** True when `node` is at least partly inside the window. */
function inView(node: Element | undefined): boolean {
  if (!node) return false;
  const r = node.getBoundingClientRect();
  return r.bottom > 0 && r.top < window.innerHeight && r.height > 0;
}

/** Draws every page of `pdf` into `container`. Resolves when all are drawn, or a newer call took over. */
export async function showPages(container: HTMLElement, pdf: Uint8Array, version: number): Promise<void> {
  const mine = ++drawing;
  worker ??= new PDFWorker();
  const doc = await getDocument({ data: pdf, worker, isEvalSupported: false }).promise;
  try {
    const old = [...container.children];
    // The pages in view first (all of them when none is shown yet), then the rest.
    const numbers = Array.from({ length: doc.numPages }, (_, i) => i + 1);
    const visible = numbers.filter((n) => inView(old[n - 1]));
    const order = visible.length ? [...visible, ...numbers.filter((n) => !visible.includes(n))] : numbers;
    const firstBatch = visible.length || doc.numPages;
    const width = Math.min(container.clientWidth || 576, 576);
    const canvases: HTMLCanvasElement[] = [];
    for (const [i, n] of order.entries()) {
      const page = await doc.getPage(n);
      if (mine !== drawing) return;
      const base = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: (width / base.width) * Math.min(window.devicePixelRatio || 1, 2) });
      const canvas = document.createElement('canvas');
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      canvas.setAttribute('role', 'img');
      canvas.setAttribute('aria-label', `Page ${n} of ${doc.numPages} of the brief`);
      await page.render({ canvas, viewport }).promise;
      if (mine !== drawing) return;
      canvases[n - 1] = canvas;
      if (i + 1 === firstBatch) {
        // The pages in view are drawn: put them in, keeping the old ones elsewhere for now.
        container.replaceChildren(...numbers.map((m) => canvases[m - 1] ?? old[m - 1] ?? placeholder(m, doc.numPages)));
        container.dataset.version = String(version);
        container.dataset.pages = String(doc.numPages);
      } else if (i + 1 > firstBatch) {
        container.children[n - 1]?.replaceWith(canvas);
      }
    }
    container.dataset.complete = String(version);
  } finally {
    await doc.destroy();
  }
}

function placeholder(n: number, of: number): HTMLElement {
  const div = document.createElement('div');
  div.textContent = `Page ${n} of ${of}…`;
  return div;
}

/** Shows the deck's slides (SVG from the server, its text escaped there), replacing what was there. */
export function showSlides(container: HTMLElement, slides: string[], version: number): void {
  const figures = slides.map((svg, i) => {
    const figure = document.createElement('figure');
    figure.innerHTML = svg;
    const caption = document.createElement('figcaption');
    caption.textContent = `Slide ${i + 1} of ${slides.length}`;
    figure.append(caption);
    return figure;
  });
  container.replaceChildren(...figures);
  container.dataset.version = String(version);
}
