/**
 * Lays out each question's choices as the form says: faces with their word under them, a row of
 * large buttons (Ja / Nej / Vet inte), or the list. Works on the adaptivecards renderer's output:
 * the radios of a question share its id as their name.
 */
export type ChoiceLayout = 'list' | 'faces' | 'buttons';

export function applyChoiceLayouts(root: HTMLElement, layouts: Record<string, ChoiceLayout>) {
  for (const [id, layout] of Object.entries(layouts)) {
    if (layout === 'list') continue;
    const radio = root.querySelector<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(id)}"]`);
    const group = radio?.closest<HTMLElement>('.ac-choiceSetInput-expanded');
    if (!group) continue;
    group.classList.add(layout);
    if (layout !== 'faces') continue;
    for (const label of group.querySelectorAll<HTMLLabelElement>('label')) {
      // "😊 Bra" → the face, then the word under it; the word is what a screen reader says.
      const text = (label.textContent ?? '').trim();
      const space = text.indexOf(' ');
      if (space < 0) continue;
      const face = document.createElement('span');
      face.className = 'face';
      face.setAttribute('aria-hidden', 'true');
      face.textContent = text.slice(0, space);
      const word = document.createElement('span');
      word.className = 'word';
      word.textContent = text.slice(space + 1);
      label.replaceChildren(face, word);
    }
  }
}
