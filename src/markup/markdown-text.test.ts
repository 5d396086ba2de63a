import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { markdownText } from './markdown-text.js'

describe('markdownText', () => {
  it('keeps what a reader sees and drops the markup', () => {
    const md = [
      '# Atlantis and Lemuria Sign an Accord',
      '',
      'The **two governments** signed the [water accord](https://example.org/accord) on *Saturday*.',
      '',
      '![A photo of the signing](photo.jpg)',
      '<!-- editor: check the figures -->',
      '> "It is a good day," the minister said.',
      '',
      '---',
      'Use `snake_case_names` as they are.',
    ].join('\n')
    assert.equal(
      markdownText(md).text,
      [
        'Atlantis and Lemuria Sign an Accord',
        '',
        'The two governments signed the water accord on Saturday.',
        '',
        '',
        '',
        '"It is a good day," the minister said.',
        '',
        '',
        'Use snake_case_names as they are.',
      ].join('\n'),
    )
  })

  it('reads front matter as declared metadata', () => {
    const { text, metadata } = markdownText(
      '---\ntitle: "A Synthetic Accord"\ndate: 2024-02-10\nauthor: Jane Roe\n---\nBody text.',
    )
    assert.equal(text, 'Body text.')
    assert.deepEqual(metadata, {
      title: 'A Synthetic Accord',
      byline: 'Jane Roe',
      publishedTime: '2024-02-10',
      lang: null,
    })
  })
  it('drops closed comments only, and reads text full of unclosed comments, emphasis and brackets', () => {
    assert.equal(markdownText('a <!-- b --> c <!-- d').text, 'a  c <!-- d')
    assert.equal(markdownText('<!--> x --> y').text, ' y')
    const open = 'Chile met. <!-- '.repeat(20_000)
    assert.equal(markdownText(open).text, open)
    const stars = 'Peru **met '.repeat(20_000)
    assert.equal(markdownText(stars).text, stars)
    assert.equal(markdownText('[x '.repeat(20_000)).text, '[x '.repeat(20_000))
  })
})
