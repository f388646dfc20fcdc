/**
 * "Du har inte svarat på alla frågor. Skicka ändå?" before a half-filled form is sent: a modal
 * <dialog> (focus stays inside, Escape is "Tillbaka"). Resolves true for "Ja, skicka".
 */
export function confirmSend(root: HTMLElement, unanswered: number): Promise<boolean> {
  return new Promise((done) => {
    const dialog = document.createElement('dialog');
    dialog.className = 'confirm';
    dialog.setAttribute('aria-labelledby', 'confirm-title');
    dialog.setAttribute('aria-describedby', 'confirm-text');
    const title = document.createElement('h2');
    title.id = 'confirm-title';
    title.textContent = 'Du har inte svarat på alla frågor. Skicka ändå?';
    const text = document.createElement('p');
    text.id = 'confirm-text';
    text.textContent = unanswered === 1 ? 'En fråga är obesvarad.' : `${unanswered} frågor är obesvarade.`;
    const send = document.createElement('button');
    send.type = 'button';
    send.className = 'primary';
    send.textContent = 'Ja, skicka';
    const back = document.createElement('button');
    back.type = 'button';
    back.className = 'secondary';
    back.textContent = 'Tillbaka';
    let answer = false;
    send.addEventListener('click', () => {
      answer = true;
      dialog.close();
    });
    back.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => {
      dialog.remove();
      done(answer);
    });
    dialog.append(title, text, send, back);
    root.append(dialog);
    dialog.showModal();
    back.focus(); // the safe choice first: going back changes nothing
  });
}
