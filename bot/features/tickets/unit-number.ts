// The number of a unit of a place (2组, 12连, 3号楼, 141团, 5号码头), shared by every reader of the place's units so
// that each counts the same way: up to three digits or up to three Chinese numerals. A unit numbered past a hundred is
// rare outside the 兵团 (141团), but a reader that stops at two digits reads no building in 103栋.

/** A unit's number: 3, 12, 141, 三, 十二 (a 团 named 一四一 is read by its own pattern, REGIMENT in place-patterns.ts). */
export const UNIT_NUMBER = '(?:\\d{1,3}|[一二三四五六七八九十]{1,3})';
