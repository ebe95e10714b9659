import { test } from 'vitest';
import { launchExtension } from './launch-extension';
test('measure', async () => {
  const ext = await launchExtension('.output/chrome-mv3-e2e');
  const p = await ext.open('sidepanel.html');
  await p.setViewportSize({ width: 240, height: 700 });
  await p.waitForSelector('text=Start round');
  console.log(await p.evaluate(() => {
    const out: string[] = [];
    for (const sel of ['html','body','.panel','.preset__name','.preset__description','legend','select','button.primary','h1']) {
      const el = document.querySelector(sel); if (!el) { out.push(sel+': none'); continue; }
      out.push(sel + ': ' + getComputedStyle(el).fontSize);
    }
    out.push('dpr ' + devicePixelRatio + ' inner ' + innerWidth);
    return out.join('\n');
  }));
  await p.screenshot({ path: '/tmp/round/p240.png', fullPage: true });
  await ext.close();
});
