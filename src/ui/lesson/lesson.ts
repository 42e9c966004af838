/** A chapter's words, as data: the app renders them, presenter mode will split them into beats. */
export interface Lesson {
  /** The idea, in a few short paragraphs. */
  idea: string[];
  /** The chapter's analogy, retold. */
  analogy: { title: string; paragraphs: string[] };
  /** The figures worth remembering. */
  figures: Array<{ value: string; label: string }>;
  /** When to use which option (a small table), if the chapter compares options. */
  choices?: { columns: [string, string, string]; rows: Array<[string, string, string]> };
  /** Things to notice in this simulation, each a short instruction. */
  notice?: string[];
}
