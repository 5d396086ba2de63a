/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The web UI in a real browser: Debian's Chromium driven by playwright-core, against the real `dyad serve` (the
// compiled CLI in dist/, the built UI in dist/web) on a temporary database holding the sample corpus. `npm test`
// installs chromium when it is missing and builds dist/ first. Screenshots go to test/artifacts/ for a person to look at.
import assert from 'node:assert/strict'
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { type BrowserContext, chromium, type Page } from 'playwright-core'
import { dateLabel } from '../web/src/format.js'
import { chartWindow, monthRange } from '../web/src/series.js'

const root = new URL('..', import.meta.url).pathname
const cli = join(root, 'dist/src/cli/main.js')
const artifacts = join(root, 'test/artifacts')
const CHROMIUM = process.env.DYAD_CHROMIUM ?? '/usr/bin/chromium'
/** The write token the server under test is given (DYAD_TOKEN). */
const TOKEN = 'browser-test-token-0123456789'

/** Starts `dyad serve` on a free port and resolves with its address once it listens. */
function serve(db: string): Promise<{ proc: ChildProcess; base: string }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [cli, 'serve', '--db', db, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, DYAD_TOKEN: TOKEN },
    })
    let out = ''
    let err = ''
    proc.stdout?.on('data', (d) => {
      out += d
      const m = /serving (http:\/\/[^/\s]+)\//.exec(out)
      if (m) resolve({ proc, base: m[1] as string })
    })
    proc.stderr?.on('data', (d) => {
      err += d
    })
    proc.once('exit', (code) => reject(new Error(`dyad serve exited with ${code}: ${err}`)))
  })
}

describe('web UI in Chromium', () => {
  let dir: string
  let server: ChildProcess | undefined
  let base: string
  let context: BrowserContext
  let page: Page
  const pageErrors: string[] = []

  before(async () => {
    assert.ok(existsSync(cli), 'dist/ is not built: run npm run build (npm test does it)')
    assert.ok(existsSync(join(root, 'dist/web/index.html')), 'the web UI is not built: run npm run build')
    assert.ok(existsSync(CHROMIUM), `no Chromium at ${CHROMIUM}: npm test installs Debian's chromium when missing`)
    mkdirSync(artifacts, { recursive: true })
    dir = mkdtempSync(join(tmpdir(), 'dyad-web-'))
    const db = join(dir, 'dyad.db')
    const ingest = spawnSync(process.execPath, [cli, 'ingest', join(root, 'examples'), '--db', db], {
      encoding: 'utf8',
    })
    assert.equal(ingest.status, 0, ingest.stderr)
    const started = await serve(db)
    server = started.proc
    base = started.base
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    })
    page = context.pages()[0] ?? (await context.newPage())
    page.on('pageerror', (e) => pageErrors.push(e.message))
    // Nothing may load from outside the server: any other host is a failure.
    await context.route(/^(?!http:\/\/127\.0\.0\.1:)/, (r) => {
      pageErrors.push(`request outside the server: ${r.request().url()}`)
      return r.abort()
    })
  })

  after(async () => {
    await context?.close()
    server?.kill()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  /** Pastes a text into the home page's form, with the write token when the form asks for it, and submits it. */
  const addDocument = async (text: string, token = TOKEN) => {
    await page.goto(`${base}/`)
    await page.getByLabel('Paste a text, HTML or Markdown').fill(text)
    const tokenField = page.getByLabel('Write token')
    if (await tokenField.isVisible()) await tokenField.fill(token)
    await page.getByRole('button', { name: 'Add and extract' }).click()
  }
  const shot = (name: string) => page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true })

  it('home lists the pairs with flags and counts, and links to the ISR–KAZ profile', async () => {
    await page.goto(`${base}/`)
    const row = page.locator('.pair-row', { hasText: 'Kazakhstan' }).first()
    await row.waitFor()
    const text = await row.innerText()
    assert.match(text, /Israel/)
    // Flags are images served by Dyad, loaded as they come into view: no emoji font is needed.
    assert.doesNotMatch(text, /\p{Regional_Indicator}/u)
    const flag = row.locator('img.flag').first()
    assert.equal(await flag.getAttribute('src'), '/flags/isr.svg')
    assert.equal(await flag.getAttribute('loading'), 'lazy')
    await flag.scrollIntoViewIfNeeded()
    await page.waitForFunction(
      (img) => {
        const i = img as HTMLImageElement | null
        return i?.complete === true && i.naturalWidth > 0
      },
      await flag.elementHandle(),
    )
    assert.match(text, /3 documents/)
    assert.match(text, /Last event: .*\d{4}/)
    assert.equal(await row.locator('a.pair-name').getAttribute('href'), '/pair/ISR-KAZ')
    await shot('home')
    // The list narrows to the pairs of a country as its name or code is typed.
    await page.getByLabel('Find a country').fill('kaz')
    assert.ok((await page.locator('.pairs a.pair-name').count()) > 0)
    for (const name of await page.locator('.pairs a.pair-name').allTextContents()) assert.match(name, /Kazakhstan/)
    await page.getByLabel('Find a country').fill('Atlantis')
    await page.getByText('No pair names such a country.').waitFor()
    await page.getByLabel('Find a country').fill('')
  })

  it('the ISR–KAZ profile shows key facts, the monthly chart, timeline items and the events', async () => {
    await page.locator('a.pair-name[href="/pair/ISR-KAZ"]').click()
    await page.waitForURL(`${base}/pair/ISR-KAZ`)
    assert.match(await page.locator('h1').innerText(), /Israel[\s\S]*Kazakhstan/)
    const cards = page.getByTestId('key-fact')
    await cards.first().waitFor()
    assert.ok((await cards.count()) >= 1)
    assert.match(await cards.first().innerText(), /Source/)
    await page.locator('[data-testid="monthly-chart"] canvas').first().waitFor()
    await page.locator('[data-testid="timeline"] .vis-item').first().waitFor()
    assert.ok((await page.locator('[data-testid="timeline"] .vis-item').count()) >= 5)
    // The items are drawn inside the timeline's box, which keeps its height.
    const box = await page.getByTestId('timeline').boundingBox()
    const item = await page.locator('[data-testid="timeline"] .vis-item').first().boundingBox()
    assert.ok(box && item && box.height >= 300, `timeline box ${JSON.stringify(box)}`)
    assert.ok(item.y >= box.y && item.y + item.height <= box.y + box.height, 'the first item is inside the box')
    // Undated events are listed apart, never placed on the timeline.
    assert.match(await page.getByTestId('undated').innerText(), /Undated \(\d+\)/)
    assert.ok((await page.getByTestId('event-row').count()) >= 10)
    await page.locator('[data-testid="network"] canvas').first().waitFor()
    await page.waitForTimeout(300)
    await shot('pair')
  })

  it('loads the charts without moving what is already on the page', async () => {
    await page.goto(`${base}/pair/KAZ-ISR`)
    await page.waitForURL(`${base}/pair/ISR-KAZ`)
    await page.locator('[data-testid="timeline"] .vis-item').first().waitFor()
    await page.locator('[data-testid="network"] canvas').first().waitFor()
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
              if (!e.hadRecentInput) total += e.value
          }).observe({ type: 'layout-shift', buffered: true })
          setTimeout(() => resolve(total), 200)
        }),
    )
    assert.ok(shift < 0.1, `cumulative layout shift ${shift}`)
  })

  it('the direction switch keeps the acts of one side towards the other', async () => {
    const all = await page.getByTestId('event-row').count()
    await page.getByLabel('KAZ → ISR').check()
    await page.waitForURL(/direction=KAZ-ISR/)
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="event-row"]').length < n, all)
    const sources = await page.locator('[data-testid="event-row"] td:nth-child(3)').allInnerTexts()
    assert.ok(sources.length > 0)
    for (const s of sources) assert.match(s, /KAZ[\s\S]*→[\s\S]*ISR/)
    await page.getByLabel('Both ways').check()
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="event-row"]').length === n, all)
  })

  it('a click on a month of the chart lists that month in the event table', async () => {
    const chart = page.locator('[data-testid="monthly-chart"] canvas').first()
    const box = await chart.boundingBox()
    assert.ok(box)
    // The right end of the plot is the last month, which has events.
    await chart.click({ position: { x: box.width - 50, y: box.height / 2 } })
    const from = page.getByLabel('From', { exact: true })
    await page.waitForFunction(() =>
      /^\d{4}-\d{2}$/.test((document.querySelector('.event-table input') as HTMLInputElement)?.value),
    )
    const month = await from.inputValue()
    assert.equal(await page.getByLabel('To', { exact: true }).inputValue(), month)
    const dates = await page
      .locator('[data-testid="event-row"] time')
      .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')))
    assert.ok(dates.length > 0, `no event listed for ${month}`)
    for (const d of dates) assert.ok(d?.startsWith(month), `${d} is not in ${month}`)
    await page.getByRole('button', { name: 'Clear filters' }).click()
  })

  it('the event table filters by family and by date range', async () => {
    await page.getByLabel('Family', { exact: true }).selectOption('consult')
    const types = await page.locator('[data-testid="event-row"] .type').allInnerTexts()
    assert.ok(types.length > 0)
    for (const t of types) assert.match(t, /^(CONSULT|VISIT)$/)
    await page.getByLabel('Family', { exact: true }).selectOption('')
    await page.getByLabel('From', { exact: true }).fill('2023')
    await page.getByLabel('From', { exact: true }).press('Tab')
    await page.getByLabel('To', { exact: true }).fill('2023')
    await page.getByLabel('To', { exact: true }).press('Tab')
    const dates = await page
      .locator('[data-testid="event-row"] time')
      .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')))
    assert.ok(dates.length > 0)
    for (const d of dates) assert.ok(d?.startsWith('2023'), `${d} is not in 2023`)
    await page.getByRole('button', { name: 'Clear filters' }).click()
  })

  it('an actor of the pair lists the events it takes part in', async () => {
    const actor = page.locator('#actors ul.actors button').first()
    const name = await actor.innerText()
    await actor.click()
    await page.getByText(`Actor: ${name}`).waitFor()
    const sides = await page.locator('[data-testid="event-row"] td:nth-child(3)').allInnerTexts()
    assert.ok(sides.length > 0)
    for (const s of sides) assert.ok(s.includes(name), `${s} does not name ${name}`)
    await page.getByRole('button', { name: `Stop filtering by ${name}` }).click()
    await page.getByText(`Actor: ${name}`).waitFor({ state: 'detached' })
  })

  it('a click on a timeline item opens its document at the evidence', async () => {
    await page.locator('[data-testid="timeline"] .vis-item').first().click()
    await page.waitForURL(/\/documents\/[^/?]+\?at=\d+-\d+/)
    await page.locator('.hl-at').first().waitFor()
    await page.goBack()
    await page.waitForURL(/\/pair\/ISR-KAZ/)
    await page.getByTestId('event-row').first().waitFor()
  })

  it('a click on an event opens its document with the evidence highlighted and its coding shown', async () => {
    const link = page.locator('[data-testid="event-row"] a.evidence').first()
    const evidence = await link.innerText()
    await link.click()
    await page.waitForURL(/\/documents\/[^/?]+\?at=\d+-\d+/)
    const target = page.locator('.hl-at').first()
    await target.waitFor()
    const highlighted = (await page.locator('.hl-at').allInnerTexts()).join('')
    assert.ok(evidence.includes(highlighted.slice(0, 40)), `${highlighted} is not in ${evidence}`)
    assert.match(await page.getByTestId('coding').innerText(), /Event [A-Z_]+ \(/)
    assert.ok((await page.locator('.hl-actor').count()) > 0)
    assert.ok((await page.locator('.hl-time').count()) > 0)
    assert.ok((await page.locator('.hl-fact').count()) > 0)
    assert.ok((await page.locator('.hl-quantity').count()) > 0)
    // The rule trace of the event's sentence, on demand: its tokens and what each trigger led to.
    await page.getByRole('button', { name: 'How was this read?' }).click()
    const trace = page.getByTestId('trace')
    await trace.waitFor()
    assert.match(await trace.innerText(), /How sentence \d+ was read/)
    assert.match(await trace.innerText(), /: an event [A-Z]{3}/)
    await shot('document')
    await page.getByLabel(/Raw text/).check()
    await page.getByTestId('raw-text').waitFor()
    assert.ok((await page.locator('del.removed').count()) > 0, 'the removed furniture is struck through')
    await shot('document-raw')
  })

  it('the form asks for the write token, says when it is wrong, and asks only once a session', async () => {
    await addDocument(
      'Mali and Niger\n\nMali and Niger signed a security pact on 9 May 2023 in Niamey.',
      'not-the-token',
    )
    await page.getByText('the write token does not match').waitFor()
    assert.equal(await page.getByTestId('extraction').count(), 0, 'nothing was stored')
    await page.getByLabel('Write token').fill(TOKEN)
    await page.getByRole('button', { name: 'Add and extract' }).click()
    await page.getByTestId('extraction').waitFor()
    await page.goto(`${base}/`)
    await page.getByLabel('Paste a text, HTML or Markdown').waitFor()
    assert.equal(await page.getByLabel('Write token').count(), 0, 'the token is kept for the session')
  })

  it('adds a document through the form and shows its events', async () => {
    await addDocument(
      'Chile and Peru sign a water accord\n\nOn 4 March 2024, Chilean Foreign Minister Ana Ruiz met her Peruvian counterpart in Lima. ' +
        'The two countries signed an agreement on shared aquifers on 5 March 2024.',
    )
    const result = page.getByTestId('extraction')
    await result.waitFor()
    const text = await result.innerText()
    assert.match(text, /Stored as a new document/)
    assert.match(text, /[1-9]\d* events?/)
    assert.match(text, /CHL/)
    assert.match(text, /PER/)
    // The list of pairs is read again: the new pair is there without a reload.
    await page.locator('a.pair-name[href="/pair/CHL-PER"]').waitFor()
    await shot('add-document')
    await result.getByRole('link', { name: /Open/ }).click()
    await page.getByTestId('clean-text').waitFor()
    assert.ok((await page.locator('.hl-event').count()) > 0)
  })

  it('a source that gives another figure shows on the key-fact card as a disagreement', async () => {
    await addDocument(
      'Israel and Kazakhstan expand ties\n\nPublished 2 February 2024.\n\n' +
        'Bilateral trade between Kazakhstan and Israel reached $380 million in 2023, officials in Astana said on Friday.',
    )
    await page.getByTestId('extraction').waitFor()
    await page.goto(`${base}/pair/ISR-KAZ`)
    const card = page.getByTestId('key-fact').filter({ hasText: 'Trade' })
    await card.waitFor()
    const text = await card.innerText()
    assert.match(text, /\$450M/)
    assert.match(text, /Sources disagree[\s\S]*\$380M/)
    await card.screenshot({ path: join(artifacts, 'key-fact-disagreement.png') })
  })

  it('renders markup inside a document as inert text', async () => {
    await addDocument(
      'Markup test between Norway and Sweden\n\nOn 2 May 2024, Norway criticized Sweden. <script>window.__pwned = 1</script> ' +
        'Sweden replied. <img src=x onerror="window.__pwned = 2"> The talks went on.',
    )
    await page.getByTestId('extraction').getByRole('link', { name: /Open/ }).click()
    const body = page.getByTestId('clean-text')
    await body.waitFor()
    assert.match(await body.innerText(), /<script>window.__pwned = 1<\/script>/)
    assert.match(await body.innerText(), /<img src=x onerror=/)
    assert.equal(await page.locator('.doc-text script, .doc-text img').count(), 0)
    await page.waitForTimeout(200)
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined)
  })

  it('search finds documents with highlighted snippets and events with their evidence', async () => {
    await page.goto(`${base}/`)
    await page.getByRole('searchbox', { name: 'Search documents' }).fill('Kazakhstan')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/search\?q=Kazakhstan/)
    await page.getByTestId('search-hit').first().waitFor()
    assert.ok((await page.getByTestId('search-hit').count()) >= 3)
    assert.match(await page.locator('.snippet mark').first().innerText(), /Kazakhstan/i)
    await shot('search')
  })

  it('is usable at a phone width with nothing wider than the screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 })
    const docs = ((await (await fetch(`${base}/api/documents`)).json()) as { items: { id: string }[] }).items
    const views: [string, string, string][] = [
      ['/', '.pair-row', 'home-phone'],
      ['/pair/ISR-KAZ', '[data-testid="timeline"] .vis-item', 'pair-phone'],
      [`/documents/${docs[0]?.id}`, '.hl-event', 'document-phone'],
      ['/search?q=Kazakhstan', '[data-testid="search-hit"]', 'search-phone'],
      ['/documents', '[data-testid="document-row"]', 'documents-phone'],
    ]
    for (const [path, ready, name] of views) {
      await page.goto(`${base}${path}`)
      await page.locator(ready).first().waitFor()
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      assert.ok(overflow <= 1, `${path} is ${overflow}px wider than the screen`)
      await shot(name)
    }
    await page.setViewportSize({ width: 1280, height: 900 })
  })

  it('can be used from the keyboard: skip link, then a pair opened with Enter', async () => {
    await page.goto(`${base}/`)
    await page.locator('.pair-row').first().waitFor()
    await page.keyboard.press('Tab')
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content')
    await page.locator('a.pair-name[href="/pair/ISR-KAZ"]').focus()
    await page.keyboard.press('Enter')
    await page.waitForURL(`${base}/pair/ISR-KAZ`)
    await page.locator('[data-testid="event-row"] a.evidence').first().focus()
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/documents\//)
    await page.locator('.hl-at').first().waitFor()
  })

  it('has no serious or critical accessibility violation on any view (axe-core)', async () => {
    // axe is served as if from the Dyad server, so the pages' Content-Security-Policy lets it run unchanged.
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
    await context.route(`${base}/__axe.js`, (r) => r.fulfill({ body: axe, contentType: 'text/javascript' }))
    const docs = ((await (await fetch(`${base}/api/documents`)).json()) as { items: { id: string }[] }).items
    for (const path of ['/', '/pair/ISR-KAZ', `/documents/${docs[0]?.id}`, '/search?q=Kazakhstan', '/documents']) {
      await page.goto(`${base}${path}`)
      await page.locator('main h1, main h2').first().waitFor()
      if (path.startsWith('/pair'))
        // The timeline has settled once its group labels overflow their panel, which then scrolls.
        await page.waitForFunction(() => {
          const left = document.querySelector('.vis-panel.vis-left')
          return left !== null && getComputedStyle(left).overflowY === 'scroll' && left.scrollHeight > left.clientHeight
        })
      await page.addScriptTag({ url: `${base}/__axe.js` })
      const violations = await page.evaluate(async () => {
        const run = (window as unknown as { axe: { run: (d: Document) => Promise<AxeResult> } }).axe.run
        type AxeResult = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }
        const all = (await run(document)).violations
        return all
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
      })
      assert.deepEqual(violations, [], path)
      // axe looks at scrolling regions only once they have settled; this checks them now: each can take the focus.
      const unreachable = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('main *')]
          .filter((e) => {
            const style = getComputedStyle(e)
            const scrolls = /auto|scroll/.test(style.overflowY) && e.scrollHeight > e.clientHeight + 1
            return scrolls && e.tabIndex < 0 && !e.querySelector('a[href], button, input, select, textarea, [tabindex]')
          })
          .map((e) => e.className),
      )
      assert.deepEqual(unreachable, [], `${path}: scrolling regions the keyboard cannot reach`)
    }
  })

  it('answers a malformed or unknown address with a message, not a broken page', async () => {
    await page.goto(`${base}/pair/%`)
    assert.match(await page.getByRole('alert').innerText(), /not a pair/)
    await page.goto(`${base}/pair/ISR-ATL`)
    assert.match(await page.getByRole('alert').innerText(), /ATL/)
    await page.goto(`${base}/documents/%E0%A4%A`)
    assert.match(await page.getByRole('alert').innerText(), /no document/)
    await page.goto(`${base}/no/such/page`)
    assert.match(await page.locator('h1').innerText(), /Not found/)
  })

  it('numbers the events beside a document readably past 9 and past 99', async () => {
    // 108 dated complaints, one a month from 2001 to 2009: each is an event.
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October']
    const more = ['November', 'December']
    const lines = []
    for (let y = 2001; y <= 2009; y++)
      for (const [m, name] of [...months, ...more].entries())
        lines.push(`On ${m + 1} ${name} ${y}, Ghana criticized Togo over the border.`)
    await addDocument(`Ghana and Togo: a chronicle of complaints\n\n${lines.join('\n')}`)
    await page.getByTestId('extraction').getByRole('link', { name: /Open/ }).click()
    const list = page.getByTestId('event-list')
    await list.locator('li').nth(99).waitFor()
    assert.ok((await list.locator('li').count()) >= 100)
    // Every number is whole and inside the sidebar: none is cut at the list's edge.
    const numbers = await list.evaluate((ol) => {
      const side = (ol.closest('.doc-side') as HTMLElement).getBoundingClientRect()
      return [...ol.querySelectorAll<HTMLElement>('.num')].map((n) => {
        const r = n.getBoundingClientRect()
        return {
          text: n.textContent,
          inside: r.left >= side.left && r.right <= side.right,
          whole: n.scrollWidth <= n.clientWidth,
        }
      })
    })
    assert.equal(numbers.length, await list.locator('li').count())
    for (const [i, n] of numbers.entries()) {
      assert.equal(n.text, `${i + 1}.`)
      assert.ok(n.inside && n.whole, `number ${n.text} is cut`)
    }
    await page.getByTestId('event-list').screenshot({ path: join(artifacts, 'document-numbers.png') })
  })

  it('keeps long words and titles inside the key-fact cards', async () => {
    await addDocument(
      'Israel–Kazakhstan trade figures: https://example.org/statistics/bilateral/israel-kazakhstan/2023/final-revised-edition-of-the-annual-report.html\n\n' +
        'Bilateral trade between Kazakhstan and Israel reached $380 million in 2023, officials in Astana said on Friday.',
    )
    await page.getByTestId('extraction').waitFor()
    await page.goto(`${base}/pair/ISR-KAZ`)
    const card = page.getByTestId('key-fact').filter({ hasText: 'Trade' })
    await card.waitFor()
    assert.match(await card.innerText(), /example\.org|trade figures/)
    const overflow = await page.getByTestId('key-fact').evaluateAll((cards) =>
      cards.flatMap((c) => {
        const box = c.getBoundingClientRect()
        const out = [...c.querySelectorAll('*')].filter((e) => {
          const r = e.getBoundingClientRect()
          return r.width > 0 && (r.right > box.right + 1 || r.left < box.left - 1)
        })
        return c.scrollWidth > c.clientWidth || out.length > 0 ? [c.textContent?.slice(0, 60)] : []
      }),
    )
    assert.deepEqual(overflow, [], 'cards whose content runs out of them')
    await card.screenshot({ path: join(artifacts, 'key-fact-long-title.png') })
  })

  it('shows the timeline labels whole, not cut to the length of their range', async () => {
    await page.goto(`${base}/pair/ISR-KAZ`)
    await page.locator('[data-testid="timeline"] .vis-item').first().waitFor()
    // The timeline draws once, then fits its window to the items: judge it once its items stay in place.
    await page.waitForFunction(
      () => {
        const now = JSON.stringify(
          [...document.querySelectorAll('[data-testid="timeline"] .vis-item')].map((e) => {
            const r = e.getBoundingClientRect()
            return [r.left, r.top, r.width]
          }),
        )
        const w = window as unknown as { __timeline?: string }
        const same = w.__timeline === now
        w.__timeline = now
        return same
      },
      undefined,
      { polling: 250 },
    )
    const labels = await page.evaluate(() => {
      const center = document.querySelector('[data-testid="timeline"] .vis-panel.vis-center') as HTMLElement
      const panel = center.getBoundingClientRect()
      return [...document.querySelectorAll<HTMLElement>('[data-testid="timeline"] .vis-item-content')].flatMap((c) => {
        const words = document.createRange()
        words.selectNodeContents(c)
        const text = words.getBoundingClientRect()
        // Labels out of the panel's view are not judged: the panel hides them until it scrolls.
        if (text.width === 0 || text.left < panel.left || text.right > panel.right) return []
        // What shows of a label is what every box around it that hides its overflow leaves.
        let left = text.left
        let right = text.right
        for (let e = c.parentElement; e && e !== center; e = e.parentElement)
          if (getComputedStyle(e).overflowX !== 'visible') {
            const b = e.getBoundingClientRect()
            left = Math.max(left, b.left)
            right = Math.min(right, b.right)
          }
        const box = (c.closest('.vis-item') as HTMLElement).getBoundingClientRect().width
        const range = c.closest('.vis-range') !== null
        return [{ label: c.textContent ?? '', shown: Math.max(0, right - left), width: text.width, box, range }]
      })
    })
    assert.ok(labels.length >= 5, `${labels.length} labels in view`)
    // Among them, ranges (a month, a year) far narrower than their labels: the case where labels were cut.
    assert.ok(
      labels.some((l) => l.range && l.box < l.width / 2),
      'no range narrower than its label',
    )
    for (const l of labels) {
      assert.match(l.label, /^[A-Z_]+ \S+/)
      assert.ok(l.shown >= l.width - 1, `"${l.label}" shows ${Math.round(l.shown)} of ${Math.round(l.width)} px`)
    }
    await page.getByTestId('timeline').screenshot({ path: join(artifacts, 'timeline-labels.png') })
  })

  it('opens the monthly chart on the last ten years of a long history, the older months one drag away', async () => {
    const profile = (await (await fetch(`${base}/api/pairs/ISR-KAZ`)).json()) as { monthly: { month: string }[] }
    const axis = monthRange(profile.monthly as never)
    const open = chartWindow(axis.length)
    assert.equal(open.whole, false, 'the sample pair spans more than ten years')
    await page.goto(`${base}/pair/ISR-KAZ`)
    const chart = page.locator('[data-testid="monthly-chart"] .lazy-view-canvas')
    await page.locator('[data-testid="monthly-chart"] canvas').first().waitFor()
    assert.equal(await chart.getAttribute('data-window'), `${axis[open.start]}/${axis[open.end]}`)
    const hint = await page.getByTestId('chart-window').innerText()
    assert.match(hint, /last ten years/)
    assert.ok(hint.includes(`back to ${dateLabel(axis[0] ?? null)}`), hint)
    // A drag of the plot to the right brings older months into view, and opens no month.
    const box = await chart.boundingBox()
    assert.ok(box)
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2)
    await page.mouse.down()
    await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2, { steps: 8 })
    await page.mouse.up()
    await page.waitForFunction(
      (first) =>
        ((
          document.querySelector('[data-testid="monthly-chart"] .lazy-view-canvas') as HTMLElement
        ).dataset.window?.split('/')[0] as string) < first,
      axis[open.start] as string,
    )
    assert.equal(await page.getByLabel('From', { exact: true }).inputValue(), '')
    // A history under ten years opens whole, and the hint says only how to zoom.
    await page.goto(`${base}/pair/GHA-TGO`)
    const short = page.locator('[data-testid="monthly-chart"] .lazy-view-canvas')
    await page.locator('[data-testid="monthly-chart"] canvas').first().waitFor()
    assert.equal(await short.getAttribute('data-window'), '2001-01/2009-12')
    assert.equal(await page.getByTestId('chart-window').count(), 0)
    assert.match(await page.locator('#chart').innerText(), /drag the slider to zoom/)
  })

  it('says so when no person or organisation acts in a pair', async () => {
    await page.goto(`${base}/pair/GHA-TGO`)
    await page.locator('[data-testid="network"] canvas').first().waitFor()
    assert.match(await page.getByTestId('no-actors').innerText(), /No people or organisations are named/)
    await page.goto(`${base}/pair/ISR-KAZ`)
    await page.locator('#actors ul.actors button').first().waitFor()
    assert.equal(await page.getByTestId('no-actors').count(), 0)
  })

  it('lists the documents with date, pair and type, filters them, pages through them and opens one', async () => {
    await page.goto(`${base}/`)
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Documents' }).click()
    await page.waitForURL(`${base}/documents`)
    const rows = page.getByTestId('document-row')
    await rows.first().waitFor()
    const all = await rows.count()
    const stored = ((await (await fetch(`${base}/api/documents?limit=500`)).json()) as { items: unknown[] }).items
    assert.equal(all, stored.length)
    assert.match(
      await rows.filter({ hasText: 'Assessing the State of Bilateral Relations' }).innerText(),
      /1 May 2014\s+ISR–KAZ\s+think-tank/,
    )
    // By characters of the title, any case.
    await page.getByLabel('Title').fill('KAZAKHSTAN')
    await page.getByRole('button', { name: 'Filter' }).click()
    await page.waitForURL(/\/documents\?q=KAZAKHSTAN/)
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="document-row"]').length < n, all)
    for (const title of await page.locator('[data-testid="document-row"] td:first-child').allInnerTexts())
      assert.match(title, /kazakhstan/i)
    // By pair and by type, from the address.
    await page.goto(`${base}/documents?pair=TGO-GHA`)
    await rows.first().waitFor()
    assert.deepEqual(await page.locator('[data-testid="document-row"] td:nth-child(3)').allInnerTexts(), ['GHA–TGO'])
    await page.goto(`${base}/documents?type=encyclopedia`)
    await rows.first().waitFor()
    assert.deepEqual(await page.locator('[data-testid="document-row"] td:first-child').allInnerTexts(), [
      'Israel–Kazakhstan relations',
    ])
    // Pages of two, through the real API's cursors, until the last.
    const small = (url: URL) => url.pathname === '/api/documents'
    await page.route(small, (r) => {
      const url = new URL(r.request().url())
      url.searchParams.set('limit', '2')
      return r.continue({ url: url.href })
    })
    await page.goto(`${base}/documents`)
    await rows.nth(1).waitFor()
    assert.equal(await rows.count(), 2)
    while ((await page.getByRole('button', { name: 'More documents' }).count()) > 0) {
      const before = await rows.count()
      await page.getByRole('button', { name: 'More documents' }).click()
      await page.waitForFunction((n) => document.querySelectorAll('[data-testid="document-row"]').length > n, before)
    }
    await page.unroute(small)
    const links = await page
      .locator('[data-testid="document-row"] td:first-child a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    assert.equal(links.length, all)
    assert.equal(new Set(links).size, all)
    await shot('documents')
    const first = page.locator('[data-testid="document-row"] td:first-child a').first()
    const title = await first.innerText()
    await first.click()
    await page.waitForURL(/\/documents\/[^/?]+$/)
    assert.equal(await page.locator('h1').innerText(), title)
  })

  it('names a document without a title by where it comes from, the same everywhere, never by its id', async () => {
    await page.goto(`${base}/`)
    await page.getByLabel('or upload a file').setInputFiles({
      name: 'nordic-fishing-brief.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('On 3 June 2024, Norway criticized Denmark over fishing quotas in the Skagerrak.\n'),
    })
    await page.getByRole('button', { name: 'Add and extract' }).click()
    const open = page.getByTestId('extraction').getByRole('link', { name: /Open/ })
    await open.waitFor()
    const name = 'Untitled document from nordic-fishing-brief.txt'
    assert.equal(await open.innerText(), `Open “${name}”`)
    await open.click()
    await page.waitForURL(/\/documents\/([0-9a-f]+)$/)
    const id = new URL(page.url()).pathname.split('/').pop() as string
    assert.equal(await page.locator('h1').innerText(), name)
    assert.equal(await page.title(), `${name} · Dyad`)
    await page.goto(`${base}/documents?q=nordic`)
    assert.equal(await page.getByTestId('document-row').locator('td').first().innerText(), name)
    await page.goto(`${base}/search?q=Skagerrak`)
    assert.match(await page.getByTestId('search-hit').first().innerText(), new RegExp(`^${name}`))
    await page.goto(`${base}/pair/DNK-NOR`)
    assert.equal(await page.getByTestId('sources').locator('a').first().innerText(), name)
    for (const text of await page.locator('main').allInnerTexts()) assert.ok(!text.includes(id), 'the bare id is shown')
  })

  it('raised no error in the page', () => {
    assert.deepEqual(pageErrors, [])
  })
})
