/**
 * An exception said before a sameness: 除表决权外，享有和正式党员一样的权利 / 除了表决权以外，其他权利同正式党员相同.
 * Before 一样/相同 the exception is what differs — what the subject lacks — whether the writer writes the lack
 * (除了没有表决权以外) or only names the thing (除表决权外). Both are read as the first, which the readers of a
 * statement already weigh as the rule with its lack after it; read as written, a bare 除表决权外 names the right
 * beside a sentence that denies it and looks like a claim that it is had. 除X外，还/也… adds to X (besides X,
 * also): not an exception, left as written; so is an exception before anything but a sameness (除X外，其他都…).
 */
const BARE_EXCEPTION =
  /除(?!了?(?:没有|不))了?([^，,。；;（(）)_]{1,24}?)(?:以外|之外|外)(?![，,]?\s*(?:还|也|同时|另外|此外))(?=[，,]?[^，,。；;]*?(?:一样|相同|同等))/g;

/** The statement with each bare exception before a sameness written as the lack it means (除了没有X以外). */
export function lackSaid(text: string): string {
  return text.replace(BARE_EXCEPTION, '除了没有$1以外');
}
