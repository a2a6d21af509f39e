import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/text/html.js';

describe('htmlToText', () => {
  it('keeps the readable text and drops scripts, styles and comments', () => {
    const page = htmlToText(`<html><head><title>Мороз в Астане</title><style>p{color:red}</style></head>
      <body><script>var x = "Читайте также";</script><!-- Популярное -->
      <p>В Астане ожидается &laquo;сильный&raquo; мороз.</p><p>Синоптики&nbsp;предупредили жителей.</p></body></html>`);
    expect(page.title).toBe('Мороз в Астане');
    expect(page.text).toBe('В Астане ожидается «сильный» мороз.\n\nСиноптики предупредили жителей.');
    expect(page.text).not.toMatch(/Читайте|Популярное|color|var x/);
  });

  it('turns block elements into line breaks and list items into lines', () => {
    const { text } = htmlToText('<div>Заголовок</div><ul><li>Первая новость</li><li>Вторая <b>новость</b></li></ul>');
    expect(text).toBe('Заголовок\n\nПервая новость\nВторая новость');
  });

  it('survives malformed and deeply nested markup', () => {
    const deep = '<div>'.repeat(50_000) + 'глубоко' + '</div>'.repeat(10);
    expect(htmlToText(deep).text).toBe('глубоко');
    expect(htmlToText('<p>незакрытый <b>тег <script>alert(1)').text).toBe('незакрытый тег');
    expect(htmlToText('').text).toBe('');
  });
});
