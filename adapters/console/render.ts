import type { Button, Reply } from '../../bot';

/** Renders a reply as plain terminal text; buttons become numbered choices the user can type. */
export function renderReply(reply: Reply, firstNumber = 1): { text: string; choices: Button[] } {
  const choices: Button[] = [];
  const lines = [reply.text];
  for (const row of reply.buttons ?? []) {
    const cells = row.map((button) => {
      choices.push(button);
      return `[${firstNumber + choices.length - 1}] ${button.label}`;
    });
    lines.push(`  ${cells.join('   ')}`);
  }
  return { text: lines.join('\n'), choices };
}
