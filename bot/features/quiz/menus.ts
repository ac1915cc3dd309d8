import { normalizeInput } from '../../../knowledge';
import type { Context } from '../../core/feature';
import type { Button, Reply } from '../../core/message';

/**
 * Menus (level, topic, bank, daily time, favourites, wrong book) answered by typing a button's label or number as
 * well as by pressing it. The last menu a quiz reply showed is remembered as the user's pending state, so `中级`
 * or `全部分类` typed next chooses it instead of going to the question answerer, and 取消 has something to cancel.
 */

/** Button operations that open or choose from a menu (see render.ts); the rest act on an open question. */
const MENU_OPS = new Set(['L', 'P', 'E', 'B', 'M', 'm', 'r', 'F', 'R', 'W', 'S']);

export interface OpenMenu {
  menu: Button[];
}

/** Minutes a menu stays answerable by its labels. */
const MENU_MINUTES = 30;

function menuButtons(r: Reply | string): Button[] | undefined {
  if (typeof r === 'string' || !r.buttons) return undefined;
  const all = r.buttons.flat();
  return all.length > 0 && all.every((b) => MENU_OPS.has(b.data.split(':')[1])) ? all : undefined;
}

/**
 * Runs `work` and, when its last reply is a menu, opens that menu for typed choices (the pending state becomes the
 * menu). A last reply of any other kind leaves the state as `work` set it.
 */
export async function rememberingMenus(ctx: Context, feature: string, work: () => Promise<void>): Promise<void> {
  const send = ctx.reply;
  let last: Button[] | undefined;
  ctx.reply = (r) => {
    last = menuButtons(r);
    send(r);
  };
  try {
    await work();
  } finally {
    ctx.reply = send;
  }
  if (last) await ctx.state.set(feature, { menu: last.map(({ label, data }) => ({ label, data })) } satisfies OpenMenu, MENU_MINUTES);
}

/** A label compared without emoji, marks, spaces or punctuation: `🔀 随机抽 20 题` is typed `随机抽20题`. */
const plain = (text: string) =>
  normalizeInput(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

/** The button data the text chooses from the menu: its label (exactly, or a label's words), or its number. */
export function chosen(menu: Button[], text: string): string | undefined {
  const typed = plain(text);
  if (!typed) return undefined;
  const number = /^\d{1,2}$/.test(typed) ? Number(typed) : undefined;
  if (number !== undefined) return menu[number - 1]?.data;
  const exact = menu.find((b) => plain(b.label) === typed);
  if (exact) return exact.data;
  const partial = menu.filter((b) => typed.length >= 2 && plain(b.label).includes(typed));
  return partial.length === 1 ? partial[0].data : undefined;
}

export const isOpenMenu = (data: unknown): data is OpenMenu =>
  typeof data === 'object' && data !== null && Array.isArray((data as OpenMenu).menu);
