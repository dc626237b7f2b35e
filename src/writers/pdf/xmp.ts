/** The document facts written both to the Info dictionary and to XMP; they must agree (PDF/A). */
export interface DocumentInfo {
  Title: string;
  Author: string;
  Subject: string;
  Keywords: string;
  Creator: string;
  Producer: string;
  CreationDate: Date;
  ModDate: Date;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const xmpDate = (d: Date) => `${d.toISOString().split('.')[0]}Z`;

/**
 * XMP descriptions matching the Info dictionary, replacing pdfkit's own (which leaves text
 * unescaped and omits ModifyDate, so a title with `&` broke the packet and dates disagreed).
 */
export function xmpDescriptions(info: DocumentInfo, lang: string): string {
  const text = (s: string) => escapeXml(s);
  const langAlt = (s: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${text(s)}</rdf:li></rdf:Alt>`;
  return `
<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
  <xmp:CreateDate>${xmpDate(info.CreationDate)}</xmp:CreateDate>
  <xmp:ModifyDate>${xmpDate(info.ModDate)}</xmp:ModifyDate>
  <xmp:MetadataDate>${xmpDate(info.ModDate)}</xmp:MetadataDate>
  <xmp:CreatorTool>${text(info.Creator)}</xmp:CreatorTool>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <dc:format>application/pdf</dc:format>
  <dc:title>${langAlt(info.Title)}</dc:title>
  <dc:creator><rdf:Seq><rdf:li>${text(info.Author)}</rdf:li></rdf:Seq></dc:creator>
  <dc:description>${langAlt(info.Subject)}</dc:description>
  <dc:language><rdf:Bag><rdf:li>${text(lang)}</rdf:li></rdf:Bag></dc:language>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
  <pdf:Producer>${text(info.Producer)}</pdf:Producer>
  <pdf:Keywords>${text(info.Keywords)}</pdf:Keywords>
</rdf:Description>
`;
}
