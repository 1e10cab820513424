import { inflateRawSync } from 'node:zlib';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
// Small parts only: the metadata files we read are a few kilobytes.
const MAX_ENTRY_BYTES = 4 * 1024 * 1024;

/**
 * One file from a ZIP container (a .docx is one), or undefined when it is absent or the archive
 * is damaged. Just enough ZIP to read docProps/core.xml without a second ZIP library.
 */
export function readZipEntry(bytes: Uint8Array, wanted: string): Uint8Array | undefined {
  return visitEntry(bytes, wanted, (view, local, method, compressed, size) => entryData(bytes, view, local, method, compressed, size));
}

/** Whether the archive lists a file, without unpacking it. */
export function hasZipEntry(bytes: Uint8Array, wanted: string): boolean {
  return visitEntry(bytes, wanted, () => true) ?? false;
}

type Visitor<T> = (view: DataView, local: number, method: number, compressed: number, size: number) => T;

function visitEntry<T>(bytes: Uint8Array, wanted: string, visit: Visitor<T>): T | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  if (end < 0) return undefined;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < count && at + 46 <= bytes.length; i++) {
    if (view.getUint32(at, true) !== DIRECTORY_ENTRY) return undefined;
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (name === wanted) return visit(view, local, method, compressed, size);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return undefined;
}

function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 65_535; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

function entryData(bytes: Uint8Array, view: DataView, local: number, method: number, compressed: number, size: number): Uint8Array | undefined {
  if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL_HEADER || size > MAX_ENTRY_BYTES) return undefined;
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const data = bytes.subarray(start, start + compressed);
  try {
    if (method === 0) return data;
    if (method === 8) return new Uint8Array(inflateRawSync(data, { maxOutputLength: MAX_ENTRY_BYTES }));
  } catch {
    // A damaged part: the caller goes without it.
  }
  return undefined;
}
