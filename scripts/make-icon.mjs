// Draws media/icon.png (128×128): a white shield holding an envelope on a blue tile.
// Plain Node (zlib for the PNG), so that the icon can be remade without an image editor.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const size = 128;
const samples = 4; // supersampling per axis, for smooth edges

const quadratic = (p0, c, p1, steps) =>
  Array.from({ length: steps + 1 }, (_, i) => {
    const t = i / steps;
    return [(1 - t) ** 2 * p0[0] + 2 * (1 - t) * t * c[0] + t * t * p1[0], (1 - t) ** 2 * p0[1] + 2 * (1 - t) * t * c[1] + t * t * p1[1]];
  });
const rightSide = [[64, 16], ...quadratic([64, 16], [84, 28], [102, 28], 8), ...quadratic([102, 28], [104, 88], [64, 112], 16)];
const shield = [
  ...rightSide,
  ...rightSide
    .slice(1, -1)
    .reverse()
    .map(([x, y]) => [128 - x, y]),
];

function inPolygon(x, y, polygon) {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i];
    const [xj, yj] = polygon[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
function inRoundedSquare(x, y, inset, radius) {
  const cx = Math.min(Math.max(x, inset + radius), size - inset - radius);
  const cy = Math.min(Math.max(y, inset + radius), size - inset - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}
function nearSegment(x, y, [ax, ay], [bx, by], halfWidth) {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return (x - ax - t * (bx - ax)) ** 2 + (y - ay - t * (by - ay)) ** 2 <= halfWidth ** 2;
}
const envelope = { left: 42, right: 86, top: 48, bottom: 78 };
function inEnvelopeStroke(x, y) {
  const { left, right, top, bottom } = envelope;
  const edges = [
    [
      [left, top],
      [right, top],
    ],
    [
      [right, top],
      [right, bottom],
    ],
    [
      [right, bottom],
      [left, bottom],
    ],
    [
      [left, bottom],
      [left, top],
    ],
    [
      [left, top],
      [64, 66],
    ],
    [
      [64, 66],
      [right, top],
    ],
  ];
  return edges.some(([a, b]) => nearSegment(x, y, a, b, 2.6));
}

/** The colour of one point: tile gradient, shield, envelope. */
function colour(x, y) {
  if (!inRoundedSquare(x, y, 2, 26)) return [0, 0, 0, 0];
  if (inEnvelopeStroke(x, y)) return [14, 99, 156, 255];
  if (inPolygon(x, y, shield)) return [255, 255, 255, 255];
  const t = y / size;
  return [Math.round(22 - 10 * t), Math.round(132 - 52 * t), Math.round(204 - 60 * t), 255];
}

const raw = Buffer.alloc(size * (size * 4 + 1));
for (let y = 0; y < size; y++) {
  raw[y * (size * 4 + 1)] = 0; // filter: none
  for (let x = 0; x < size; x++) {
    const sum = [0, 0, 0, 0];
    for (let sy = 0; sy < samples; sy++)
      for (let sx = 0; sx < samples; sx++) {
        const c = colour(x + (sx + 0.5) / samples, y + (sy + 0.5) / samples);
        for (let k = 0; k < 3; k++) sum[k] += c[k] * c[3];
        sum[3] += c[3];
      }
    const offset = y * (size * 4 + 1) + 1 + x * 4;
    for (let k = 0; k < 3; k++) raw[offset + k] = sum[3] ? Math.round(sum[k] / sum[3]) : 0;
    raw[offset + 3] = Math.round(sum[3] / samples ** 2);
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
const header = Buffer.alloc(13);
header.writeUInt32BE(size, 0);
header.writeUInt32BE(size, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
writeFileSync(
  new URL('../media/icon.png', import.meta.url),
  Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]),
);
