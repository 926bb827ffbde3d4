/** Character codes the zone readers (scanner, simple lines, names) test for. */
export const CH_TAB = 0x09;
export const CH_LF = 0x0a;
export const CH_CR = 0x0d;
export const CH_SPACE = 0x20;
export const CH_QUOTE = 0x22;
export const CH_OPEN = 0x28;
export const CH_CLOSE = 0x29;
export const CH_DOT = 0x2e;
export const CH_SEMI = 0x3b;
export const CH_DOLLAR = 0x24;
export const CH_AT = 0x40;
export const CH_BACKSLASH = 0x5c;
export const CH_BOM = 0xfeff;
