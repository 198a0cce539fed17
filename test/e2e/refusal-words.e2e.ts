// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import { describe, expect, it } from 'vitest';
import { choose, dialog } from './support/order-steps.js';
import { apiGet, signIn, useBrowser } from './support/session.js';

describe('a refusal the page did not foresee reads in the user’s words, not the server’s English', () => {
  const s = useBrowser();

  it('a new unit sent with floor 0 past the form’s own check: the server’s floor_zero reads 没有 0 层 under 楼层', async () => {
    await signIn(s, 'wangfang', null);
    const estates = await apiGet<{ items: { id: string; name: string }[] }>(s, '/api/estates?pageSize=50');
    const estate = estates.items.find((e) => e.name === '翠竹园');
    expect(estate).toBeDefined();
    await s.page.goto(`${s.baseURL}/estates/${estate!.id}`);
    // the request leaves with floor 0, as another client (or a page before the form checked it) sends it
    await s.page.route('**/api/estate-units', (route) => {
      const request = route.request();
      if (request.method() !== 'POST') return route.continue();
      return route.continue({ postData: JSON.stringify({ ...request.postDataJSON(), floor: 0 }) });
    });
    await s.page.getByRole('button', { name: '新增房屋' }).click();
    const form = dialog(s.page);
    await choose(s.page, form.getByLabel('楼栋', { exact: true }), '1栋', '1栋');
    await form.getByLabel('楼层', { exact: true }).fill('3');
    await form.getByLabel('房号', { exact: true }).fill('0399');
    await form.getByLabel('建筑面积（㎡）', { exact: true }).fill('80');
    await form.getByRole('button', { name: '保存' }).click();
    const under = form
      .locator('.ant-form-item')
      .filter({ has: s.page.getByLabel('楼层', { exact: true }) })
      .locator('.ant-form-item-explain');
    await expect.poll(() => under.innerText()).toBe('没有 0 层：地下层用负数（如 -1）');
    expect(await form.innerText()).not.toContain('no floor 0');
  });
});
