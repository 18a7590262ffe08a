import { loadKnowledge } from '/work/wt-quality-roles/src/knowledge/load.ts';
import { createCoder } from '/work/wt-quality-roles/src/core/index.ts';
const coder = createCoder(loadKnowledge());
const lines = process.argv.slice(2);
for (const text of lines) {
  console.log('## ' + text);
  for (const e of coder.code({ id: 'x', text, published: '2024-05-10', title: null })) {
    console.log(`  ${e.type} ${e.actor?.text ?? '-'} [${e.actor?.code ?? ''}] -> ${e.target?.text ?? '-'} [${e.target?.code ?? ''}] @${(e as any).location?.name ?? ''} | ${e.rules.filter((r: string) => /roles|target|actor|tree/.test(r)).join(' ')}`);
  }
}
