import type { Context } from '../../core/feature';
import type { BankSummary } from './bank';
import { button, chunk, reply } from './render';
import { type QuizDeps, questionsOf } from './session';
import { strings } from './strings';

/**
 * 题库: which banks a chat practises. In a group only a secretary chooses (for the whole branch); in a private
 * chat the user chooses for themself. Buttons carry the bank's number (`q:B:<id>`, `q:B:*` for all).
 */

const mayChoose = async (ctx: Context) => ctx.message.chat.kind !== 'group' || (await ctx.isSecretary());

/** The banks the chat practises that still exist (every bank when none was chosen). */
function chosenNames(chosen: string[] | undefined, banks: BankSummary[]): string[] {
  return banks.filter((b) => !chosen || chosen.includes(b.name)).map((b) => b.name);
}

async function bankMenu(deps: QuizDeps, ctx: Context, notice?: string) {
  const [set, chosen] = await Promise.all([questionsOf(deps), deps.source().chosenBanks(ctx.chatKey, deps.store)]);
  const banks = set.banks();
  const on = new Set(chosenNames(chosen, banks));
  const group = ctx.message.chat.kind === 'group';
  const lines = [
    ...(notice ? [notice] : []),
    strings.banks.title(group ? strings.banks.scopeGroup : strings.banks.scopePrivate),
    ...banks.map((b) => strings.banks.line(on.has(b.name), b.title, b.count)),
    chosen ? strings.banks.someChosen(on.size) : strings.banks.allChosen,
  ];
  if (!(await mayChoose(ctx))) return reply([...lines, strings.banks.groupNote].join('\n'));
  const buttons = banks.map((b) => button(`${on.has(b.name) ? '✅' : '⬜'} ${b.title}`, 'B', b.id));
  return reply([...lines, strings.banks.howTo].join('\n'), [...chunk(buttons, 2), [button(strings.banks.all, 'B', '*')]]);
}

async function save(deps: QuizDeps, ctx: Context, names: string[] | undefined, banks: BankSummary[]): Promise<void> {
  const all = names === undefined || banks.every((b) => names.includes(b.name));
  await deps.store.setChatBanks(ctx.chatKey, all ? undefined : names, ctx.userKey, deps.services.clock.now().toISOString());
}

/** `题库`, `题库 全部`, `题库 名称1 名称2`. */
export async function banksCommand(deps: QuizDeps, ctx: Context): Promise<void> {
  const names = ctx.args.split(/[\s,，、]+/).filter(Boolean);
  if (names.length === 0) return void ctx.reply(await bankMenu(deps, ctx));
  if (ctx.message.chat.kind === 'group' && !(await ctx.requireSecretary(strings.banks.action))) return;
  const banks = (await questionsOf(deps)).banks();
  if (names.length === 1 && names[0] === '全部') {
    await save(deps, ctx, undefined, banks);
    return void ctx.reply(await bankMenu(deps, ctx, strings.banks.saved));
  }
  const find = (n: string) => banks.find((b) => b.name === n || b.title === n);
  const missing = names.filter((n) => !find(n));
  if (missing.length > 0)
    return void ctx.reply(
      strings.banks.unknown(
        missing,
        banks.map((b) => b.title),
      ),
    );
  await save(deps, ctx, [...new Set(names.map((n) => find(n)!.name))], banks);
  ctx.reply(await bankMenu(deps, ctx, strings.banks.saved));
}

/** A bank button: toggles one bank, or `*` for every bank. Permission is checked again on every press. */
export async function bankAction(deps: QuizDeps, ctx: Context, id: string | undefined): Promise<void> {
  if (ctx.message.chat.kind === 'group' && !(await ctx.requireSecretary(strings.banks.action))) return;
  const banks = (await questionsOf(deps)).banks();
  if (id === '*') {
    await save(deps, ctx, undefined, banks);
    return void ctx.reply(await bankMenu(deps, ctx, strings.banks.saved));
  }
  const bank = /^\d{1,9}$/.test(id ?? '') ? banks.find((b) => b.id === Number(id)) : undefined;
  if (!bank) return void ctx.reply(strings.banks.gone);
  const current = chosenNames(await deps.source().chosenBanks(ctx.chatKey, deps.store), banks);
  const next = current.includes(bank.name) ? current.filter((n) => n !== bank.name) : [...current, bank.name];
  if (next.length === 0) return void ctx.reply(strings.banks.keepOne);
  await save(deps, ctx, next, banks);
  ctx.reply(await bankMenu(deps, ctx, strings.banks.saved));
}
