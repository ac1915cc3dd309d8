import { parseTicket, missingOf } from '../../bot/features/tickets/parse';
const ctx = { from: new Date('2026-03-04T10:00:00+08:00'), zone: 'Asia/Shanghai' };
for (const m of process.argv.slice(2)) { const d = parseTicket(m.replace(/\\n/g, '\n'), ctx); console.log(m, '→', JSON.stringify(d), missingOf(d)); }
