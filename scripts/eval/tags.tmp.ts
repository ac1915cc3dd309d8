import { wordTags } from '/work/wt/tickets12/knowledge';
import { readsAsName } from '/work/wt/tickets12/bot/features/tickets/names';
for (const w of process.argv.slice(2)) console.log(w, JSON.stringify(wordTags(w)), readsAsName(w));
