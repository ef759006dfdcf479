import { extractPolicy } from '../src/index.js';
import { detectLanguages } from '../src/language/detect.js';
import { CORPUS, corpusText, gold } from './helpers/corpus.js';

/** Language of each non-blank line: that of the paragraph holding its first non-space character. */
function lineLanguages(text: string): Map<number, string> {
  const r = extractPolicy(text);
  const out = new Map<number, string>();
  let offset = 0;
  text.split('\n').forEach((line, i) => {
    const lead = line.search(/\S/);
    if (lead >= 0) {
      const at = offset + lead;
      const para = r.paragraphs.find((p) => p.start <= at && at < p.end + 1);
      if (para) out.set(i + 1, para.lang);
    }
    offset += line.length + 1;
  });
  return out;
}

describe('language per paragraph', () => {
  it.each(CORPUS)('is right on every non-blank line of %s', (file) => {
    const text = corpusText(file);
    const langs = lineLanguages(text);
    const wrong: string[] = [];
    for (const range of gold(file).languages) {
      const [a, b] = range.lines.split('-').map(Number) as [number, number];
      for (let line = a; line <= b; line++) {
        const got = langs.get(line);
        if (got !== undefined && got !== range.lang) wrong.push(`${line}: ${got}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('gives short lines the language of the part they sit in', () => {
    const zh = '我们会收集您的设备信息，包括以下内容，用于保障服务的安全运行和统计分析。';
    const en = 'We collect information about your device, including the identifiers listed below, to keep the service secure.';
    expect(detectLanguages([zh, '8)NFC;', '9)IMSI', en, 'introduction', en])).toEqual(['zh', 'zh', 'zh', 'en', 'en', 'en']);
  });

  it('does not call short English headings French or Scots', () => {
    const body = 'This Policy applies to all services provided through our website and our mobile applications, and describes how we process data.';
    expect(detectLanguages(['Cococam Application Privacy Policy', 'What personal information do we collect?', body])).toEqual(['en', 'en', 'en']);
  });

  it('recognises Chinese with embedded Latin terms and other scripts', () => {
    expect(detectLanguages(['SDK名称:个推SDK'])).toEqual(['zh']);
    expect(detectLanguages(['Nous collectons vos données personnelles lorsque vous utilisez nos services et notre application mobile.'])).toEqual(['fr']);
    expect(detectLanguages(['個人情報の取り扱いについて説明します。'])).toEqual(['ja']);
  });

  it('reports language shares', () => {
    const r = extractPolicy(corpusText('kaiconn.zh-en.txt'));
    expect(r.languages.map((l) => l.lang).sort()).toEqual(['en', 'zh']);
    for (const l of r.languages) expect(l.paragraphs).toBeGreaterThan(200);
  });

  it('tells Dutch and German from English, and English enumerations from foreign text', () => {
    const nl = 'Wij verzamelen uw persoonsgegevens wanneer u onze diensten gebruikt. Het is mogelijk dat wij deze gegevens delen met onze partners of met derden als dat wettelijk verplicht is. We bewaren uw gegevens niet langer dan nodig is voor de doeleinden waarvoor ze zijn verzameld.';
    const de = 'Wir erheben personenbezogene Daten, wenn Sie unsere Dienste nutzen. Wir geben Ihre Daten nur an Dritte weiter, wenn dies gesetzlich vorgeschrieben ist oder Sie eingewilligt haben. Sie haben das Recht auf Auskunft, Berichtigung und Löschung Ihrer Daten sowie auf Einschränkung der Verarbeitung.';
    expect(detectLanguages([nl])).toEqual(['nl']);
    expect(detectLanguages([de])).toEqual(['de']);
    const body = 'We collect the information you give us when you register, and the information that your device sends us when you use the app.';
    const list = 'Type of personal information collected: device identifier, location information, MAC address, SD card storage';
    expect(detectLanguages([body, list])).toEqual(['en', 'en']);
  });

  it('judges a document of short foreign lines as a whole', () => {
    expect(detectLanguages(['Titre de la politique', 'Nous collectons vos données personnelles', 'lorsque vous utilisez nos services et notre application'])).toEqual(['fr', 'fr', 'fr']);
  });
});
