import { parseTicket } from '../../bot/features/tickets/parse';
const from = new Date('2026-03-04T10:00:00+08:00');
for (const t of process.argv.slice(2)) { const d = parseTicket(t, { from, zone: 'Asia/Shanghai' }); console.log(t, '→', d.due, d.dueProblem?.slice(0,30), '|', d.content); }
