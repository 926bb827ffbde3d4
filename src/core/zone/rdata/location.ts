/**
 * LOC (RFC 1876): latitude, longitude, altitude, and the optional size and precisions, read as BIND
 * reads them and printed from the encoded values (sizes are kept as a digit and a power of ten, so
 * `1234m` prints as `1000m`, as BIND prints it).
 */
import { type Fail, type FieldReader, genericText, isFail } from './fields';
import type { RdataSpec } from './spec';

const EQUATOR = 2 ** 31;
const ALTITUDE_BASE = 10000000;

/** One coordinate: degrees, optional minutes and seconds, then the hemisphere; in thousandths of a second. */
function coordinate(f: FieldReader, label: string, maxDegrees: number, hemispheres: [string, string]): number | Fail {
  const degrees = f.number(`${label} degrees`, maxDegrees);
  if (isFail(degrees)) return degrees;
  let minutes = 0;
  let millis = 0;
  let token = f.next(`${label} hemisphere (${hemispheres.join(' or ')})`);
  if (isFail(token)) return token;
  if (/^[0-9]+$/.test(token.text)) {
    minutes = Number(token.text);
    if (minutes > 59) return f.fail(`${label} minutes ${token.text} is out of range 0-59`, token);
    token = f.next(`${label} hemisphere (${hemispheres.join(' or ')})`);
    if (isFail(token)) return token;
    if (/^[0-9]+(\.[0-9]{0,3})?$/.test(token.text)) {
      const [whole, fraction = ''] = token.text.split('.');
      if (Number(whole) > 59) return f.fail(`${label} seconds ${token.text} is out of range 0-59.999`, token);
      millis = Number(whole) * 1000 + Number(fraction.padEnd(3, '0'));
      token = f.next(`${label} hemisphere (${hemispheres.join(' or ')})`);
      if (isFail(token)) return token;
    } else if (/^[0-9.]+$/.test(token.text)) {
      return f.fail(`${label} seconds "${token.text}" must be a number with at most 3 decimals`, token);
    }
  }
  const hemisphere = token.text.toUpperCase();
  if (hemisphere !== hemispheres[0] && hemisphere !== hemispheres[1]) {
    return f.fail(`${label}: "${token.text}" is not ${hemispheres.join(' or ')}`, token);
  }
  const value = ((degrees * 60 + minutes) * 60 * 1000 + millis) * (hemisphere === hemispheres[0] ? 1 : -1);
  if (Math.abs(value) > maxDegrees * 3600 * 1000) return f.fail(`${label} is beyond ${maxDegrees} degrees`, token);
  return value;
}

/** A length in metres with at most two decimals (`m` optional), in centimetres; `min` allows the altitude's negatives. */
function metres(text: string, min: number, max: number): number | undefined {
  const match = /^(-?)([0-9]+)(?:\.([0-9]{1,2}))?m?$/.exec(text);
  if (!match) return undefined;
  const cm = (Number(match[2]) * 100 + Number((match[3] ?? '').padEnd(2, '0'))) * (match[1] ? -1 : 1);
  return cm < min || cm > max ? undefined : cm;
}

/** A size as RFC 1876 encodes it: the leading digit in the high nibble, the power of ten in the low one. */
function encodeSize(cm: number): number {
  let exponent = 0;
  while (cm >= 10 && exponent < 9) {
    cm = Math.floor(cm / 10);
    exponent++;
  }
  return (Math.min(cm, 9) << 4) | exponent;
}

function sizeText(encoded: number): string {
  const mantissa = encoded >> 4;
  const exponent = encoded & 0xf;
  if (exponent < 2) return `0.${String(mantissa * 10 ** exponent).padStart(2, '0')}m`;
  return `${mantissa}${'0'.repeat(exponent - 2)}m`;
}

function coordinateText(value: number, hemispheres: [string, string]): string {
  const hemisphere = value >= 0 ? hemispheres[0] : hemispheres[1];
  let rest = Math.abs(value);
  const degrees = Math.floor(rest / 3600000);
  rest -= degrees * 3600000;
  const minutes = Math.floor(rest / 60000);
  rest -= minutes * 60000;
  return `${degrees} ${minutes} ${Math.floor(rest / 1000)}.${String(rest % 1000).padStart(3, '0')} ${hemisphere}`;
}

function altitudeText(cm: number): string {
  const sign = cm < 0 ? '-' : '';
  const abs = Math.abs(cm);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}m`;
}

function locText(latitude: number, longitude: number, altitudeCm: number, sizes: number[]): string {
  return `${coordinateText(latitude, ['N', 'S'])} ${coordinateText(longitude, ['E', 'W'])} ${altitudeText(altitudeCm)} ${sizes.map(sizeText).join(' ')}`;
}

const SIZE_LABELS = ['size', 'horizontal precision', 'vertical precision'];

export const loc: RdataSpec = {
  text(f) {
    const latitude = coordinate(f, 'latitude', 90, ['N', 'S']);
    if (isFail(latitude)) return latitude;
    const longitude = coordinate(f, 'longitude', 180, ['E', 'W']);
    if (isFail(longitude)) return longitude;
    const altitudeToken = f.next('altitude');
    if (isFail(altitudeToken)) return altitudeToken;
    const altitude = metres(altitudeToken.text, -ALTITUDE_BASE, 2 ** 32 - 1 - ALTITUDE_BASE);
    if (altitude === undefined) return f.fail(`altitude "${altitudeToken.text}" must be metres from -100000.00 to 42849672.95`, altitudeToken);
    // Defaults (RFC 1876 section 3): 1m, 10000m, 10m.
    const sizes = [encodeSize(100), encodeSize(1000000), encodeSize(1000)];
    for (let i = 0; i < 3 && f.more(); i++) {
      const token = f.next(SIZE_LABELS[i]);
      if (isFail(token)) return token;
      const cm = metres(token.text, 0, 9000000000);
      if (cm === undefined) return f.fail(`${SIZE_LABELS[i]} "${token.text}" must be metres from 0 to 90000000.00`, token);
      sizes[i] = encodeSize(cm);
    }
    return locText(latitude, longitude, altitude, sizes);
  },
  wire(w) {
    const version = w.u8();
    // BIND keeps data of another version as it is (RFC 1876 defines version 0 only).
    if (version !== undefined && version !== 0) return genericText(w.bytes);
    const sizes = [w.u8(), w.u8(), w.u8()];
    const latitude = w.u32();
    const longitude = w.u32();
    const altitude = w.u32();
    if (version !== 0 || altitude === undefined || latitude === undefined || longitude === undefined || !w.done()) return undefined;
    if (sizes.some((s) => s === undefined || s >> 4 > 9 || (s & 0xf) > 9)) return undefined;
    const lat = latitude - EQUATOR;
    const lon = longitude - EQUATOR;
    if (Math.abs(lat) > 90 * 3600000 || Math.abs(lon) > 180 * 3600000) return undefined;
    return locText(lat, lon, altitude - ALTITUDE_BASE, sizes as number[]);
  },
};
