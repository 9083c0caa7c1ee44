// Month, weekday and time-zone names seen in feed dates (English, French, German, Spanish, Italian,
// Portuguese, Dutch, Greek), for parse-date.ts. Keys are lower-case, accents kept, trailing dots removed.

const MONTH_LISTS: string[][] = [
  ['jan', 'january', 'janv', 'janvier', 'januar', 'jän', 'jänner', 'ene', 'enero', 'gen', 'gennaio', 'janeiro', 'januari', 'ιαν', 'ιανουαρίου', 'ιανουάριος'],
  ['feb', 'february', 'févr', 'fevr', 'février', 'fevrier', 'februar', 'febrero', 'febbraio', 'fev', 'fevereiro', 'februari', 'φεβ', 'φεβρουαρίου', 'φεβρουάριος'],
  ['mar', 'march', 'mars', 'mär', 'märz', 'maerz', 'marzo', 'março', 'marco', 'maart', 'mrt', 'μάρ', 'μαρ', 'μαρτίου', 'μάρτιος'],
  ['apr', 'april', 'avr', 'avril', 'abr', 'abril', 'aprile', 'απρ', 'απριλίου', 'απρίλιος'],
  ['may', 'mai', 'mayo', 'mag', 'maggio', 'maio', 'mei', 'μάι', 'μαΐ', 'μαι', 'μαΐου', 'μάιος'],
  ['jun', 'june', 'juin', 'juni', 'junio', 'giu', 'giugno', 'junho', 'ιούν', 'ιουν', 'ιουνίου', 'ιούνιος'],
  ['jul', 'july', 'juil', 'juillet', 'juli', 'julio', 'lug', 'luglio', 'julho', 'ιούλ', 'ιουλ', 'ιουλίου', 'ιούλιος'],
  ['aug', 'august', 'août', 'aout', 'ago', 'agosto', 'augustus', 'αύγ', 'αυγ', 'αυγούστου', 'αύγουστος'],
  ['sep', 'sept', 'september', 'septembre', 'septiembre', 'set', 'settembre', 'setembro', 'σεπ', 'σεπτεμβρίου', 'σεπτέμβριος'],
  ['oct', 'october', 'octobre', 'okt', 'oktober', 'octubre', 'ott', 'ottobre', 'out', 'outubro', 'οκτ', 'οκτωβρίου', 'οκτώβριος'],
  ['nov', 'november', 'novembre', 'noviembre', 'novembro', 'νοέ', 'νοε', 'νοεμβρίου', 'νοέμβριος'],
  ['dec', 'december', 'déc', 'decembre', 'décembre', 'dez', 'dezember', 'dic', 'diciembre', 'dicembre', 'dezembro', 'δεκ', 'δεκεμβρίου', 'δεκέμβριος'],
];

/** Month name → month number (1-12). */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  MONTH_LISTS.flatMap((names, i) => names.map((n) => [n, i + 1] as const)),
);

/** Weekday names and abbreviations; they carry no information and are skipped. */
export const WEEKDAYS: ReadonlySet<string> = new Set([
  'mon', 'monday', 'tue', 'tues', 'tuesday', 'wed', 'weds', 'wednesday', 'thu', 'thur', 'thurs', 'thursday',
  'fri', 'friday', 'sat', 'saturday', 'sun', 'sunday',
  'lun', 'lundi', 'mar', 'mardi', 'mer', 'mercredi', 'jeu', 'jeudi', 'ven', 'vendredi', 'sam', 'samedi', 'dim', 'dimanche',
  'mo', 'montag', 'di', 'dienstag', 'mi', 'mittwoch', 'do', 'donnerstag', 'fr', 'freitag', 'sa', 'samstag', 'so', 'sonntag',
  'lunes', 'martes', 'miércoles', 'miercoles', 'jueves', 'viernes', 'sábado', 'sabado', 'domingo', 'mié', 'jue', 'vie', 'sáb', 'dom',
  'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica', 'gio', 'lunedi', 'martedi', 'mercoledi', 'giovedi', 'venerdi',
  'seg', 'segunda', 'ter', 'terça', 'qua', 'quarta', 'qui', 'quinta', 'sex', 'sexta', 'sáb',
  'ma', 'maandag', 'dinsdag', 'wo', 'woensdag', 'donderdag', 'vr', 'vrijdag', 'za', 'zaterdag', 'zo', 'zondag',
  'κυρ', 'δευ', 'τρι', 'τετ', 'πεμ', 'παρ', 'σαβ', 'κυριακή', 'δευτέρα', 'τρίτη', 'τετάρτη', 'πέμπτη', 'παρασκευή', 'σάββατο',
]);

/** Filler words between date parts ("at", "de", "um", "le"). */
export const NOISE_WORDS: ReadonlySet<string> = new Set(['at', 'on', 'the', 'of', 'de', 'del', 'le', 'um', 'à', 'a', 'às', 'el', 'den', 'der', 'h']);

/** Zone abbreviation → offset in minutes east of UTC. Ambiguous ones take their most common meaning in feeds. */
export const ZONES: ReadonlyMap<string, number> = new Map([
  ['z', 0], ['ut', 0], ['utc', 0], ['gmt', 0], ['wet', 0], ['etc/gmt', 0], ['etc/utc', 0], ['utc0', 0],
  ['est', -300], ['edt', -240], ['cst', -360], ['cdt', -300], ['mst', -420], ['mdt', -360], ['pst', -480],
  ['pdt', -420], ['et', -300], ['ct', -360], ['mt', -420], ['pt', -480], ['at', -240], ['ast', -240],
  ['adt', -180], ['akst', -540], ['akdt', -480], ['hst', -600], ['nst', -210], ['ndt', -150],
  ['bst', 60], ['ist', 330], ['cet', 60], ['cest', 120], ['met', 60], ['mest', 120], ['mez', 60], ['mesz', 120],
  ['eet', 120], ['eest', 180], ['west', 60], ['msk', 180], ['cat', 120], ['eat', 180], ['wat', 60], ['sast', 120],
  ['pkt', 300], ['ict', 420], ['wib', 420], ['hkt', 480], ['sgt', 480], ['pht', 480], ['awst', 480],
  ['jst', 540], ['kst', 540], ['acst', 570], ['acdt', 630], ['aest', 600], ['aedt', 660], ['nzst', 720],
  ['nzdt', 780], ['brt', -180], ['art', -180],
]);
