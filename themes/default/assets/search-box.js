// Every page's search box. The Enter that confirms a Japanese IME conversion (変換の確定) is still
// a keydown of Enter; it must choose the kanji, not send the form. Chrome and Firefox mark it
// isComposing; Safari reports keyCode 229 instead.
document.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.isComposing || event.keyCode === 229)
      && event.target instanceof Element && event.target.closest('form[role="search"]')) {
    event.preventDefault();
  }
}, true);
