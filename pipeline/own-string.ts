// A copy of a string that holds its own characters. V8 may keep a substring as a view into the
// string it was cut from (a record's line, a document's text), so a short value kept for a
// whole run (a doc_id, a label candidate's example) would keep all of that alive. Joining and
// cutting again gives a flat copy; strings under 13 characters are always copied by V8.
export function ownString<S extends string>(value: S): S {
  return (value.length < 13 ? value : ` ${value}`.slice(1)) as S;
}
