import type { LineRule } from '../rule.js'
import { linesWhere } from '../rule.js'

// "• KGS/USD = 0.01143 -0%", "EUR/USD 1.0832 ▲0.21%", "Brent $82.10 -1.2%", "DOW 35,010.2 +0.4%": a symbol, a price, a change.
const TICKER =
  /^[•·▪*\-–\s]*(?:[A-Z]{2,6}(?:\s*\/\s*[A-Z]{2,6})?|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s*[=:]?\s*[$€£¥]?\s*[+-]?\d[\d,]*(?:\.\d+)?\s*(?:[▲▼↑↓+-]?\s*\d*(?:\.\d+)?\s*%?)?$/u

/** Drops currency, commodity and index ticker lines (a symbol, a price and a change), however often they repeat. */
export const currencyTicker: LineRule = {
  kind: 'line',
  id: 'clean/currency-ticker',
  examples: [
    {
      text: '  • KGS/USD = 0.01143 -0%\n  • TJS/USD = 0.10899 0.65%\nHeadline of the day',
      expect: 'Headline of the day',
    },
    {
      text: 'EUR/USD 1.0832 ▲0.21%\nThe euro rose 0.2% against the dollar.',
      expect: 'The euro rose 0.2% against the dollar.',
    },
    { text: 'Population 18,000,000\nTrade: 450 million', expect: 'Population 18,000,000\nTrade: 450 million' },
  ],
  find(context) {
    // One line of "Word 123" is a table cell or a fact, not a ticker: require an explicit pair or a percent change.
    return linesWhere(
      context,
      (l) => TICKER.test(l.text) && (/[A-Z]{2,6}\s*\/\s*[A-Z]{2,6}/.test(l.text) || /%\s*$/.test(l.text)),
    )
  },
}
