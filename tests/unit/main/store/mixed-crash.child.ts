// Child of mixed-crash.test.ts (bundled there, with the extractions it imports replayed): runs a random mix of NotebookApi calls on the notebook in argv[2],
// printing `begin <op>` before each call and `ack <op>` once it resolved, until it is killed.
import { readFileSync } from 'node:fs';
import { openNotebook } from '../../../../src/main/open-notebook';

const LAST = ['Tanaka', 'Moreau', 'Okafor', 'Haddad', 'Novak', 'Silva', 'Kimura', 'Adeyemi'];
const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)];

async function main() {
  const say = (line: string) => process.stdout.write(`${line}\n`);
  // Start up while the previous round runs; open the notebook only when told.
  const texts = Object.keys(JSON.parse(readFileSync(process.env.DOSSIER_REPLAYED_EXTRACTIONS ?? '', 'utf8')));
  say('warm');
  await new Promise((go) => process.stdin.once('data', go));
  const { notebook } = await openNotebook(process.argv[2]);
  say('ready');
  for (let step = 0; ; step++) {
    try {
      await oneStep(step);
    } catch (error) {
      // A refused correction (a rename onto an existing name) is part of the mix: it must leave no trace.
      if ((error as Error).name !== 'DossierError') throw error;
      say(`refused ${JSON.stringify({ message: (error as Error).message })}`);
    }
  }

  async function oneStep(step: number) {
    const notes = await notebook.listNotes();
    const people = (await notebook.listEntities({})).filter((e) => e.type === 'PERSON');
    const roll = Math.random();
    const stamp = `${process.pid}-${step}`;
    if (roll < 0.25 || notes.length === 0) {
      say(`begin ${JSON.stringify({ op: 'createNote', title: `Note ${stamp}` })}`);
      const note = await notebook.createNote({ title: `Note ${stamp}` });
      say(`ack ${JSON.stringify({ op: 'createNote', id: note.id, title: note.title })}`);
    } else if (roll < 0.5) {
      const id = pick(notes).id;
      say(`begin ${JSON.stringify({ op: 'saveNote', id, title: `Edited ${stamp}` })}`);
      await notebook.saveNote(id, { title: `Edited ${stamp}` });
      say(`ack ${JSON.stringify({ op: 'saveNote', id, title: `Edited ${stamp}` })}`);
    } else if (roll < 0.75) {
      const text = `${pick(texts)} (ref ${stamp})`;
      say(`begin ${JSON.stringify({ op: 'importText', title: `Article ${stamp}` })}`);
      const { article } = await notebook.importText({ title: `Article ${stamp}`, text });
      say(`ack ${JSON.stringify({ op: 'importText', id: article.id, title: `Article ${stamp}` })}`);
    } else if (roll < 0.85 && people.length > 0) {
      const entity = pick(people);
      say(`begin ${JSON.stringify({ op: 'renameEntity', id: entity.id })}`);
      await notebook.renameEntity(entity.id, `${entity.name.split(' ')[0]} ${pick(LAST)}`);
      say(`ack ${JSON.stringify({ op: 'renameEntity', id: entity.id })}`);
    } else if (roll < 0.93 && people.length > 1) {
      const [into, other] = [pick(people), pick(people)];
      if (into.id === other.id) return;
      say(`begin ${JSON.stringify({ op: 'mergeEntities', into: into.id, other: other.id })}`);
      await notebook.mergeEntities(into.id, [other.id]);
      say(`ack ${JSON.stringify({ op: 'mergeEntities', into: into.id, other: other.id })}`);
    } else {
      say(`begin ${JSON.stringify({ op: 'undoCorrection' })}`);
      await notebook.undoCorrection();
      say(`ack ${JSON.stringify({ op: 'undoCorrection' })}`);
    }
  }
}
main();
