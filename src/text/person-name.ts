/** Two to four capitalised name words ("Aliya Haidar", "Jean-Luc Picard", "Mary O'Neil", "Ruslan Zheldibay"). */
export const PERSON_NAME =
  /^(?:\p{Lu}[\p{Ll}'’-]+\.?|\p{Lu}\.)(?: (?:(?:van|von|de|der|da|di|al|el|bin|ibn|le|la)\s)?(?:\p{Lu}[\p{L}'’-]+|\p{Lu}\.)){1,3}$/u

/** True when a string reads as a person's name. */
export function isPersonName(s: string): boolean {
  return PERSON_NAME.test(s.trim())
}
