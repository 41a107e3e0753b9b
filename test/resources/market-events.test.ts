// /v1/market-events: the Nvidia figures with both currencies, filters, paging, 400s and 404s.
import t from 'tap'
import { build, getJson } from '../helper.js'

t.test('lists the market events with signed figures in every currency the text gives', async (t) => {
  const { app } = await build(t)
  const res = await getJson(app, '/v1/market-events')
  t.equal(res.status, 200)
  t.same(res.body.data.map((m: any) => ({ entity: m.entity.id, kind: m.kind, direction: m.direction, figures: m.figures })), [
    { entity: 'nvidia', kind: 'share_price_change', direction: 'down', figures: [{ value: -17, unit: 'percent', currency: null, text: '17%' }] },
    {
      entity: 'nvidia',
      kind: 'market_value_change',
      direction: 'down',
      figures: [
        { value: -593000000000, unit: 'currency', currency: 'USD', text: '593 milliards de dollars' },
        { value: -570000000000, unit: 'currency', currency: 'EUR', text: '570 milliards d’euros' }
      ]
    }
  ])
  for (const m of res.body.data) t.same([m.date, m.datePrecision], [null, null], 'the text gives no date for the move')
})

t.test('filters, pages and gets one event', async (t) => {
  const { app } = await build(t)
  t.same((await getJson(app, '/v1/market-events?kind=share_price_change')).body.data.map((m: any) => m.text), ['Nvidia a vu ses actions baisser de 17%'])
  t.same((await getJson(app, '/v1/market-events?entity=meta')).body.data, [])
  const first = await getJson(app, '/v1/market-events?limit=1')
  t.equal(first.body.data.length, 1)
  const second = await getJson(app, `/v1/market-events?limit=1&cursor=${first.body.page.nextCursor}`)
  t.equal(second.body.data[0].kind, 'market_value_change')
  t.equal(second.body.page.nextCursor, null)
  const one = await getJson(app, `/v1/market-events/${second.body.data[0].id}`)
  t.same(one.body.data, second.body.data[0])
  t.equal((await getJson(app, '/v1/market-events/me_000000000000')).status, 404)
  t.equal((await getJson(app, '/v1/market-events?kind=crash')).status, 400)
})
