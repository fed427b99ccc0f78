// Word lists for building names without a named-entity model: titles and honorifics (stripped
// from names), words that make a name an organisation, particles inside names, calendar words,
// and role families that let a description ("the Iranian diplomat") find the person named
// earlier in that role. Matching forms (lower case, folded apostrophes).

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Titles, honorifics and role words that precede a name and are not part of it. */
export const TITLE_WORDS = words(`
  president vice prime minister secretary general director director-general senator sen sen. rep rep.
  representative congressman congresswoman governor gov gov. mayor judge justice chief ambassador envoy
  dr dr. mr mr. mrs mrs. ms ms. miss mx prof prof. professor sir dame lord lady king queen prince princess
  pope father rev rev. reverend sheikh ayatollah imam rabbi cardinal bishop gen gen. col col. lt lt.
  capt capt. sgt sgt. maj maj. officer detective inspector commissioner chancellor premier speaker coach
  spokesman spokeswoman spokesperson deputy head chairman chairwoman chair ceo leader commander captain
  colonel lieutenant sergeant corporal admiral marshal former late acting interim assistant associate
  senior foreign interior defence defense finance justice attorney lawyer advocate counsel editor
  correspondent reporter analyst economist activist candidate mp mep councillor councilor alderman
  supt superintendent constable pastor minister-president crown emir president-elect trustee prosecutor
  sheriff chancellor provost dean`);

/** Words that make a capitalised run an organisation (or a place used for its government). */
export const ORGANIZATION_WORDS = words(`
  ministry council court department agency party organization organisation police government parliament
  committee office union association institute university college school company corporation corp corp.
  inc inc. ltd ltd. llc bank commission army forces force navy guard guards corps news times post journal
  press service services embassy foundation group network authority authorities bureau board
  administration cabinet senate congress assembly judiciary tribunal federation league club team fund
  trust society centre center institution republic kingdom state states nations house agency's ministry's
  tv radio television channel broadcaster media newspaper magazine daily herald tribune gazette reuters
  afp irna isna tasnim hospital church mosque brigade brigades movement front alliance coalition rights
  affairs relations security intelligence justice health defence defense`);

/** Lower-case particles allowed inside a personal name. */
export const NAME_PARTICLES = words('bin ibn bint al al- el de del della di da dos das du van von der den ter ten la le ben abu e y');

export const CALENDAR_WORDS = words(`
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december today yesterday`);

/** Prepositions after which a capitalised name is a place ("in Tehran", "near Tirana"). */
export const PLACE_PREPOSITIONS = words('in to from near at into across throughout within outside inside toward towards');

/** A role a description names → words of titles in that role, for linking "the diplomat". */
export const ROLE_FAMILIES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    diplomat: 'diplomat ambassador envoy consul embassy foreign director-general attaché',
    senator: 'senator sen sen. senate',
    lawmaker: 'lawmaker legislator senator representative rep rep. mp mep congressman congresswoman parliament deputy',
    legislator: 'lawmaker legislator senator representative mp parliament',
    official: 'official minister secretary spokesman spokeswoman spokesperson director director-general chief head deputy commissioner ambassador envoy governor mayor',
    minister: 'minister',
    president: 'president',
    spokesman: 'spokesman spokeswoman spokesperson',
    spokeswoman: 'spokesman spokeswoman spokesperson',
    spokesperson: 'spokesman spokeswoman spokesperson',
    coach: 'coach manager',
    general: 'general gen gen. commander',
    commander: 'general gen gen. commander',
    judge: 'judge justice',
    mayor: 'mayor',
    governor: 'governor gov gov.',
    lawyer: 'lawyer attorney counsel advocate',
    executive: 'ceo chief executive chairman chairwoman president director',
    chief: 'chief head director ceo',
  }).map(([role, family]) => [role, words(family)]),
);

/** Head nouns of descriptions that stand for an unnamed source. */
export const ANONYMOUS_HEADS = words('source sources official officials insider insiders aide aides person people someone sources diplomat diplomats');

/** Common nouns that stand for an organisation ("the ministry said", "police said"). */
export const ORGANIZATION_NOUNS = words(`
  government ministry police court army military committee council agency company party parliament
  administration office embassy department authorities authority judiciary statement spokesman's
  cabinet presidency kremlin prosecutors prosecutor's commission board campaign union team club firm
  newspaper agency's network`);

export const PRONOUNS = words('he she they it i we him her them');

/** Countries and capitals often in the news: a speaker so named is its government. */
export const PLACE_NAMES = words(`
  europe africa asia america afghanistan albania algeria argentina armenia australia austria azerbaijan bahrain belarus belgium brazil
  britain bulgaria canada chile china colombia croatia cuba cyprus denmark egypt england estonia ethiopia
  finland france georgia germany greece hungary india indonesia iran iraq ireland israel italy japan jordan
  kazakhstan kenya kosovo kuwait latvia lebanon libya lithuania mexico moldova morocco netherlands nigeria
  norway oman pakistan palestine poland portugal qatar romania russia scotland serbia slovakia spain sudan
  sweden switzerland syria taiwan turkey ukraine venezuela vietnam wales yemen washington moscow beijing
  tehran tirana paris london berlin brussels rome kyiv kiev ankara baghdad damascus beirut cairo riyadh
  tokyo delhi ottawa canberra jerusalem doha baku`);

/** Nouns for people, beyond the role suffixes (-er, -or, -ist, -ant, -ent, -ian, -man, -woman). */
export const PERSON_NOUNS = words(`
  nurse resident witness mother father wife husband son daughter woman man girl boy child person official
  source neighbour neighbor student patient parent friend member fan voter tenant employee volunteer veteran
  survivor victim guest delegate diplomat expert analyst activist chief judge coach pilot doctor surgeon
  mayor senator minister spokesperson aide insider local shopkeeper homeowner refugee migrant citizen
  colleague relative cousin nephew niece grandmother grandfather widow widower priest monk nun imam rabbi`);
