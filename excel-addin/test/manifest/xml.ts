/**
 * A small strict XML parser for the manifest test: well-formedness (one root, matched tags,
 * quoted unique attributes, known entities, no stray "<" or "&") into a plain element tree.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_][\w.:-]*/;

function decode(s: string, where: number): string {
  return s.replace(/&([^;\s]*);?/g, (m, ent: string) => {
    if (!m.endsWith(";")) throw new Error(`bare & at ${where}`);
    if (ent === "amp") return "&";
    if (ent === "lt") return "<";
    if (ent === "gt") return ">";
    if (ent === "quot") return '"';
    if (ent === "apos") return "'";
    if (/^#\d+$/.test(ent)) return String.fromCodePoint(Number(ent.slice(1)));
    if (/^#x[0-9a-fA-F]+$/.test(ent)) return String.fromCodePoint(parseInt(ent.slice(2), 16));
    throw new Error(`unknown entity &${ent}; at ${where}`);
  });
}

export function parseXml(src: string): XmlElement {
  let i = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  if (src.startsWith("<?xml")) {
    const end = src.indexOf("?>");
    if (end < 0) throw new Error("unterminated XML declaration");
    i = end + 2;
  }
  while (i < src.length) {
    if (src.startsWith("<!--", i)) {
      const end = src.indexOf("-->", i + 4);
      if (end < 0) throw new Error(`unterminated comment at ${i}`);
      if (src.slice(i + 4, end).includes("--")) throw new Error(`"--" inside a comment at ${i}`);
      i = end + 3;
    } else if (src.startsWith("</", i)) {
      const m = NAME.exec(src.slice(i + 2));
      if (!m) throw new Error(`bad closing tag at ${i}`);
      const top = stack.pop();
      if (!top || top.name !== m[0])
        throw new Error(`</${m[0]}> does not close <${top?.name ?? "nothing"}> at ${i}`);
      i += 2 + m[0].length;
      while (/\s/.test(src[i] ?? "")) i++;
      if (src[i] !== ">") throw new Error(`bad closing tag at ${i}`);
      i++;
    } else if (src[i] === "<") {
      const m = NAME.exec(src.slice(i + 1));
      if (!m) throw new Error(`bad tag at ${i}`);
      const el: XmlElement = { name: m[0], attrs: {}, children: [], text: "" };
      i += 1 + m[0].length;
      for (;;) {
        const ws = /^\s*/.exec(src.slice(i))![0].length;
        i += ws;
        if (src.startsWith("/>", i) || src[i] === ">") break;
        if (!ws) throw new Error(`missing space before attribute at ${i}`);
        const a = /^([A-Za-z_][\w.:-]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/.exec(src.slice(i));
        if (!a) throw new Error(`bad attribute at ${i}`);
        if (a[1]! in el.attrs) throw new Error(`duplicate attribute ${a[1]} at ${i}`);
        el.attrs[a[1]!] = decode(a[3] ?? a[4] ?? "", i);
        i += a[0].length;
      }
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(el);
      else if (root) throw new Error(`second root element <${el.name}> at ${i}`);
      else root = el;
      if (src.startsWith("/>", i)) i += 2;
      else {
        i++;
        stack.push(el);
      }
    } else {
      const next = src.indexOf("<", i);
      const text = src.slice(i, next < 0 ? src.length : next);
      const top = stack[stack.length - 1];
      if (!top && text.trim()) throw new Error(`text outside the root at ${i}`);
      if (top) top.text += decode(text, i);
      i = next < 0 ? src.length : next;
    }
  }
  if (stack.length) throw new Error(`<${stack[stack.length - 1]!.name}> is never closed`);
  if (!root) throw new Error("no root element");
  return root;
}

export function walk(
  el: XmlElement,
  visit: (e: XmlElement, parent: XmlElement | null) => void,
  parent: XmlElement | null = null,
): void {
  visit(el, parent);
  for (const c of el.children) walk(c, visit, el);
}

export function child(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c) => c.name === name);
}
