import type { Entity, Organization } from '../record/schema.js';

/** Repeated mentions of one organisation become one entry, in order of first mention. */
export function collectOrganizations(entities: Entity[]): Organization[] {
  const byName = new Map<string, Organization>();
  for (const e of entities) {
    if (e.type !== 'ORG') continue;
    const name = e.text.trim();
    if (!name) continue;
    const org = byName.get(name) ?? { name, mentions: 0, spans: [] };
    org.mentions += 1;
    org.spans.push([e.start, e.end]);
    byName.set(name, org);
  }
  return [...byName.values()];
}
