import { describe, expect, it } from 'vitest';
import type { ExtractedEntity } from '../../../../src/shared/extraction';
import { extract } from '../../../../src/main/extract';
import { findRoles } from '../../../../src/main/extract/roles';

function personIn(text: string, name: string): ExtractedEntity {
  const mentions = [...text.matchAll(new RegExp(name, 'g'))].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + name.length }));
  return { key: `PERSON:${name.toLowerCase()}`, type: 'PERSON', name, aliases: [], mentions, roles: [] };
}

function rolesOf(text: string, name: string) {
  const [person] = findRoles(text, [personIn(text, name)]);
  return person.roles.map((r) => ({ ...r, source: text.slice(r.start, r.end) }));
}

describe('findRoles', () => {
  it.each([
    ['a title before the name', 'Foreign Minister Hiro Tamura flew to Manila.', 'Hiro Tamura', { title: 'Foreign Minister', source: 'Foreign Minister' }],
    [
      'an organisation before the title',
      'Harbour Authority spokesman Ben Alder declined to comment.',
      'Ben Alder',
      { title: 'spokesman', organization: 'Harbour Authority', source: 'Harbour Authority spokesman' },
    ],
    ['an abbreviated title', 'Sen. Clara Voss voted against the bill.', 'Clara Voss', { title: 'Senator', source: 'Sen.' }],
    [
      'an appositive with the organisation',
      'Ines Falk, the founding director of the Centre for Coastal Studies at Northbay University, disagreed.',
      'Ines Falk',
      { title: 'founding director', organization: 'Centre for Coastal Studies at Northbay University', source: 'founding director of the Centre for Coastal Studies at Northbay University' },
    ],
    [
      'a possessive appositive',
      'Omar Reyes, Chile’s trade minister, arrived on Monday.',
      'Omar Reyes',
      { title: 'trade minister', organization: 'Chile', source: 'Chile’s trade minister' },
    ],
    ['an appositive after an age', 'Dana Kim, 52, a senior adviser, resigned.', 'Dana Kim', { title: 'senior adviser', source: 'senior adviser' }],
    ['a compound rank', 'Rear Admiral Colleen M. Hartigan led the team.', 'Colleen M. Hartigan', { title: 'Rear Admiral', source: 'Rear Admiral' }],
    ['a rank of three words before an honorific', 'Air Chief Marshal Sir Mike Wigston retired.', 'Mike Wigston', { title: 'Air Chief Marshal' }],
    ['a title set off by commas before the name', "The company's chief executive, Tim Cook, said demand was strong.", 'Tim Cook', { title: 'chief executive', source: 'chief executive' }],
    [
      'a title with "for the" set off before the name',
      'The Minister for the Armed Forces, James Heappey, said the review would report in June.',
      'James Heappey',
      { title: 'Minister for the Armed Forces' },
    ],
    ['a field in lower case before a title set off before the name', 'The transport minister, Ingrid Dahl, defended the plan.', 'Ingrid Dahl', { title: 'transport minister', source: 'transport minister' }],
    ['a former field title set off before the name', 'The former health minister, Ingrid Dahl, spoke on Monday.', 'Ingrid Dahl', { title: 'health minister', status: 'former' }],
    [
      'a title set off before the name after a headline',
      'Harbour town fights ferry closure\n\nThe mayor of Eastwick, Per Arne Olsen, has vowed to fight.',
      'Per Arne Olsen',
      { title: 'mayor of Eastwick' },
    ],
  ])('reads %s', (_pattern, text, name, expected) => {
    expect(rolesOf(text, name)).toEqual([expect.objectContaining(expected)]);
  });

  it('takes no title from a word every object has as a member ("constructor", "toString")', () => {
    expect(rolesOf('Shares rose after the constructor Hana Ito said it would bid.', 'Hana Ito')).toEqual([]);
    expect(rolesOf('Shares rose after toString Hana Ito said it would bid.', 'Hana Ito')).toEqual([]);
  });

  it('takes no "of" before a title for an organisation', () => {
    expect(rolesOf('The centrepiece of President Hana Ito’s plan is a levy.', 'Hana Ito')).toEqual([expect.objectContaining({ title: 'President', source: 'President' })]);
    expect(rolesOf('The centrepiece of President Hana Ito’s plan is a levy.', 'Hana Ito')[0].organization).toBeUndefined();
  });

  it('takes no organisation from a sentence opener or across a quotation mark, and ends a post at the sentence', () => {
    expect(rolesOf('He spoke for hours. Like President Hana Ito, I believe in it.', 'Hana Ito')[0].organization).toBeUndefined();
    expect(rolesOf('It defends the Constitution," Senator Hana Ito said.', 'Hana Ito')[0].organization).toBeUndefined();
    expect(rolesOf('Moderator Lars Berg, the anchor of NBC\'s "Evening Report." For the debate, he stood.', 'Lars Berg')).toContainEqual(
      expect.objectContaining({ title: 'anchor', organization: "NBC's Evening Report" }),
    );
  });

  it('marks a title written with "former" as former', () => {
    const [role] = rolesOf('Former Prime Minister Ken Oda spoke first.', 'Ken Oda');
    expect(role).toMatchObject({ title: 'Prime Minister', former: true, source: 'Former Prime Minister' });
  });

  it('gives a name the title right before it, not the post of the one who serves it, nor a list neighbour\'s post', () => {
    const text = 'Doug Alder, a spokesman for House Speaker Clara Voss, declined. The campaign of Senator Ada Brenner said it would appeal.';
    expect(rolesOf(text, 'Clara Voss')).toEqual([expect.objectContaining({ title: 'Speaker', organization: 'House' })]);
    expect(rolesOf(text, 'Ada Brenner')).toEqual([expect.objectContaining({ title: 'Senator' })]);
    expect(rolesOf(text, 'Doug Alder')).toEqual([expect.objectContaining({ title: 'spokesman', organization: 'House Speaker Clara Voss' })]);
    const list = 'Alumni include the laureate Lena Ortiz, the former prime minister of Japan Ken Oda, and Tim Brenner.';
    const merged = extract('Alumni include the laureate Lena Ortiz, the former prime minister of Ostrevo Ken Oda, and Tim Brenner.').entities;
    expect(merged.find((e) => e.name === 'Lena Ortiz')?.roles).toEqual([]);
    const campaign = extract('Ada Voss, the chairman of Hillary Clinton\'s campaign, spoke.').entities;
    expect(campaign.find((e) => e.name === 'Ada Voss')?.roles).toEqual([expect.objectContaining({ title: 'chairman', organization: "Hillary Clinton's campaign" })]);
    const people = extract(list).entities;
    expect(people.find((e) => e.name === 'Lena Ortiz')?.roles).toEqual([]);
    expect(people.find((e) => e.name === 'Ken Oda')?.roles).toEqual([expect.objectContaining({ title: 'prime minister of Japan', former: true })]);
  });

  it('marks a rank written with "(ret.)" as former, and lists no organisation named "Rear Admiral"', () => {
    const text = 'The delegation was led by Rear Admiral (ret.) Harlan Voss. Lt. Col. (Ret.) Karl Ostby joined it.';
    expect(rolesOf(text, 'Harlan Voss')).toEqual([expect.objectContaining({ title: 'Rear Admiral', former: true, status: 'former' })]);
    expect(rolesOf(text, 'Karl Ostby')).toEqual([expect.objectContaining({ title: 'Lieutenant Colonel', former: true })]);
    expect(extract(text).entities.filter((e) => e.type === 'ORGANIZATION')).toEqual([]);
  });

  it('marks a former post in an appositive as former', () => {
    const [role] = rolesOf('Rita Lenz, a former aide to the governor, was in the room.', 'Rita Lenz');
    expect(role).toMatchObject({ title: 'aide', organization: 'governor', former: true });
  });

  it('reads a post from a relative clause in the past as former', () => {
    const [role] = rolesOf('Paul Imai, who served as his secretary, kept the diaries.', 'Paul Imai');
    expect(role).toMatchObject({ title: 'secretary', former: true, source: 'secretary' });
  });

  it('keeps a portfolio in the title and the years out of the organisation', () => {
    const [role] = rolesOf('Ingrid Solberg, who served as Minister of Finance from 2010 to 2014, leads the party.', 'Ingrid Solberg');
    expect(role).toMatchObject({ title: 'Minister of Finance', former: true });
    expect(role.organization).toBeUndefined();
    const [chair] = rolesOf('Paul Imai, who was chairman of Northbay Bank until 2019, retired.', 'Paul Imai');
    expect(chair).toMatchObject({ title: 'chairman', organization: 'Northbay Bank' });
    // A body's own word is the body: "Secretary of the Army".
    expect(rolesOf('Tom Hale, who was Secretary of the Army in 2001, spoke.', 'Tom Hale')[0]).toMatchObject({ title: 'Secretary', organization: 'Army' });
  });

  it('takes an organisation the text names whole before the post, and "former" before it', () => {
    const { entities } = extract('Cybersecurity and Infrastructure Security Agency Director Nora Feld spoke, as did former CIA Director Paul Imai.');
    const roles = (name: string) => entities.find((e) => e.name === name)?.roles;
    expect(roles('Nora Feld')).toEqual([expect.objectContaining({ title: 'Director', organization: 'Cybersecurity and Infrastructure Security Agency', status: 'current' })]);
    expect(roles('Paul Imai')).toEqual([expect.objectContaining({ title: 'Director', organization: 'CIA', status: 'former' })]);
  });

  it('keeps a people\'s name before a post in the title', () => {
    const [role] = rolesOf('Polish President Anna Duda met him.', 'Anna Duda');
    expect(role).toMatchObject({ title: 'Polish President' });
    expect(role.organization).toBeUndefined();
  });

  it('reads a current post from a relative clause', () => {
    const [role] = rolesOf('Paul Imai, who is the chief economist at Northbay Bank, expects a cut.', 'Paul Imai');
    expect(role).toMatchObject({ title: 'chief economist', organization: 'Northbay Bank' });
    expect(role.former).toBeUndefined();
  });

  it('records a post stated twice only once', () => {
    const text = 'Foreign Minister Hiro Tamura spoke. Later, Foreign Minister Hiro Tamura left.';
    expect(rolesOf(text, 'Hiro Tamura')).toHaveLength(1);
  });

  it('gives no role where the words before a name are not a post', () => {
    expect(rolesOf('On Monday Hiro Tamura flew to Manila.', 'Hiro Tamura')).toEqual([]);
    expect(rolesOf('Hiro Tamura, who arrived late, left early.', 'Hiro Tamura')).toEqual([]);
  });

  it('leaves organisations alone', () => {
    const org: ExtractedEntity = { key: 'ORGANIZATION:x', type: 'ORGANIZATION', name: 'Harbour Authority', aliases: [], mentions: [{ start: 0, end: 17 }], roles: [] };
    expect(findRoles('Harbour Authority chairman Ben Alder', [org])[0].roles).toEqual([]);
  });
});

describe('findRoles: current, former and new posts', () => {
  const statusOf = (text: string, name: string) => rolesOf(text, name).map((r) => ({ title: r.title, status: (r as { status?: string }).status }));

  it('does not take a reputation for a post', () => {
    expect(rolesOf('Sara Holm, known as an expert on fisheries, disagreed.', 'Sara Holm')).toEqual([]);
  });

  it('marks an appointment as a new post', () => {
    expect(statusOf('Ana Vidal was named chief executive of Northbay Bank last week.', 'Ana Vidal')).toEqual([{ title: 'chief executive', status: 'new' }]);
    expect(statusOf('Jon Reyes, the new ambassador to Chile, arrived.', 'Jon Reyes')).toEqual([{ title: 'ambassador', status: 'new' }]);
  });

  it('reads a post taken after an appositive post ("a former ambassador who was named chairman of …")', () => {
    expect(rolesOf('Hamid Rauf, a former ambassador who was named chairman of the Harbor Trust last month, spoke.', 'Hamid Rauf')).toEqual([
      expect.objectContaining({ title: 'ambassador', status: 'former', source: 'former ambassador' }),
      expect.objectContaining({ title: 'chairman', organization: 'Harbor Trust', status: 'new' }),
    ]);
    expect(statusOf('Mia Lund, a lawyer who was elected mayor in May, spoke.', 'Mia Lund')).toEqual([
      { title: 'lawyer', status: 'current' },
      { title: 'mayor', status: 'new' },
    ]);
  });

  it('takes a post only where its head ends the phrase or a phrase of place or time follows', () => {
    // The title set off before the name is his post; nothing after the name is one.
    expect(statusOf('The Secretary of State for Defence, Gavin Williamson, visited HMS Queen Elizabeth in Portsmouth in March.', 'Gavin Williamson')).toEqual([
      { title: 'Secretary of State for Defence', status: 'current' },
    ]);
    // Names and titles listed with commas: no title is the next name's.
    expect(rolesOf('The mayor, the deputy mayor, Nora Falk, all of us signed the letter.', 'Nora Falk')).toEqual([]);
    expect(rolesOf('Volunteers included Owen Bishop, Dana Welk, Ravi Manning and others.', 'Dana Welk')).toEqual([]);
    expect(rolesOf('He met President Obama, Hillary Clinton, and the generals.', 'Hillary Clinton')).toEqual([]);
    expect(rolesOf('Her campaign manager, Robby Mook, said so.', 'Robby Mook')).toEqual([expect.objectContaining({ title: 'campaign manager' })]);
    expect(rolesOf('Her campaign manager, Robby Mook, said so.', 'Robby Mook')[0].organization).toBeUndefined();
    // A list of people, each with a title before the name: no one's post is the next one's title.
    expect(rolesOf('The panel: Susan Glasser, chief investigative reporter Ken Vogel and others.', 'Susan Glasser')).toEqual([]);
    expect(statusOf('Ted Vance, the senator from Texas, voted no.', 'Ted Vance')).toEqual([{ title: 'senator from Texas', status: 'current' }]);
    expect(statusOf('Mark Hale, an expert on energy economics at Northbay University, disagreed.', 'Mark Hale')).toEqual([{ title: 'expert on energy economics', status: 'current' }]);
  });

  it('reads a lower-case complement as part of the post or as no organisation', () => {
    expect(rolesOf('Nora Finch, the secretary of state, flew to Oslo.', 'Nora Finch')).toEqual([expect.objectContaining({ title: 'secretary of state' })]);
    const [role] = rolesOf('Omar Haddad, chief of staff at the time, declined to comment.', 'Omar Haddad');
    expect(role).toMatchObject({ title: 'chief of staff' });
    expect(role.organization).toBeUndefined();
    expect(rolesOf('Lee Park, chief of staff to Senator Voss, agreed.', 'Lee Park')).toEqual([expect.objectContaining({ title: 'chief of staff', organization: 'Senator Voss' })]);
  });

  it('keeps a British title that runs on over common words, and leaves an honorific to the name', () => {
    const text = 'Vice Admiral Sir Ben Key, Commander Joint Operations, said the headquarters was watching.';
    expect(rolesOf(text, 'Ben Key').map((r) => r.title)).toEqual(['Vice Admiral', 'Commander Joint Operations']);
    expect(rolesOf('Hillary Clinton, Governor Kasich and others spoke.', 'Hillary Clinton')).toEqual([]);
  });

  it('reads a post from a sentence that says what someone is or was', () => {
    expect(statusOf('Marta Kowalczyk (born 12 March 1948 in Krakow) is a Polish economist.', 'Marta Kowalczyk')).toEqual([{ title: 'Polish economist', status: 'current' }]);
    expect(rolesOf('The vote was close. Peter Thiel was a co-founder of PayPal.', 'Peter Thiel')).toEqual([
      expect.objectContaining({ title: 'co-founder', organization: 'PayPal', status: 'former' }),
    ]);
    // A judgement is no post, nor is a name inside the sentence.
    expect(rolesOf('Ted Vance is the best candidate we have.', 'Ted Vance')).toEqual([]);
    expect(rolesOf('Voters said Ted Vance is a lawyer.', 'Ted Vance')).toEqual([]);
  });

  it('does not give a person the post of the one a clause after their organisation speaks of', () => {
    expect(statusOf('Eva Berg, an aide to Senator Voss who was named chairman last year, spoke.', 'Eva Berg')).toEqual([{ title: 'aide', status: 'current' }]);
    expect(statusOf('Sara Holm, a historian who is known as an expert on fisheries, spoke.', 'Sara Holm')).toEqual([{ title: 'historian', status: 'current' }]);
  });

  it('tells former and current posts apart', () => {
    expect(statusOf('Former Governor Tim Rask spoke after Mayor Tim Rask of Eastport.', 'Tim Rask')).toEqual([
      { title: 'Governor', status: 'former' },
      { title: 'Mayor', status: 'current' },
    ]);
  });

  it('does not read the "New" of a city as a new post', () => {
    expect(statusOf('New Haven Mayor Lee Pak spoke.', 'Lee Pak')).toEqual([{ title: 'Mayor', status: 'current' }]);
  });
});
