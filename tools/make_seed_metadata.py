#!/usr/bin/env python3
"""make_seed_metadata.py — writes seeds/articles.json and seeds/curation.json from the editor's notes below.

The editor names every range by its quote (and which occurrence, when the quote repeats); this script finds
the exact UTF-8 byte offsets in the seed texts, so nobody counts bytes by hand. The loader re-checks each
quote against the text (core/bundle_read.cpp), so a drifted offset is an error, never a silent misfit.

    python3 tools/make_seed_metadata.py          # rewrites seeds/articles.json and seeds/curation.json
"""
import json
import os
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
SEEDS = os.path.join(ROOT, 'seeds')
NBSP = '\u00a0'

# ---- the editor's notes -------------------------------------------------------------------------------
ARTICLES = [
    dict(id='000', file='000_2af6ac0acec6e675.txt', outlet='', language='en',
         headline='Kim Jong Un ratifies comprehensive strategic partnership treaty with Russia',
         headline_source='editor',
         published='2024-11-12', certainty='inferred',
         evidence=('The decree, which was signed on Monday in Pyongyang', 1),
         note='The ratification decree was "signed on Monday in Pyongyang": Kim Jong Un signed it on Monday '
              '11 November 2024 (KCNA reported it the next day), so the article dates from about 12 November 2024.',
         furniture=[]),
    dict(id='001', file='001_9e85b6c184c74cf3.txt', outlet='conflictwatcher.com', language='en',
         headline='North Korea and Russia solidify military alliance pact', headline_source='text',
         credit='Images source: © East News | Ahn Young-joon', copyright='©' + NBSP + 'conflictwatcher.com',
         published='2024-11-12', certainty='inferred',
         evidence=('The North Korean dictator ratified the deal with Russia on November 11.', 1),
         note='States that Kim Jong Un "ratified the deal with Russia on November 11" and that troops were deployed '
              '"at the beginning of November"; with "In June of this year" for the June 2024 treaty, the article '
              'dates from shortly after 11 November 2024 (about 12 November).',
         furniture=[
             ('navigation', 'Politics', 1),
             ('headline', 'North Korea and Russia solidify military alliance pact', 1),
             ('headline', 'North Korea and Russia solidify military alliance' + NBSP + 'pact', 1),
             ('caption', 'Vladimir Putin and Kim Jong Un', 1),
             ('caption', 'Vladimir Putin and Kim Jong Un', 2),
             ('credit', 'Images source: © East News | Ahn Young-joon', 1),
             ('navigation', 'Related content', 1),
             ('credit', '©' + NBSP + 'conflictwatcher.com', 1),
             ('navigation', '·', 1),
             ('boilerplate', 'Downloading, reproduction, storage', 1, 'END'),
         ]),
    dict(id='002', file='002_a4525092edc39633.txt', outlet='', language='en',
         headline="Russia and North Korea Sign Mutual Defense Pact After Leaders' Meeting", headline_source='text',
         published='2024-06-20', certainty='stated',
         evidence=('Published: 6/20/2024', 1),
         note='The page states "Published: 6/20/2024".',
         furniture=[
             ('headline', "Russia and North Korea Sign Mutual Defense Pact After Leaders' Meeting", 1),
             ('headline', "Russia and North Korea Sign Mutual Defense Pact After Leaders' Meeting", 2),
             ('byline', '3 minute read', 1),
             ('byline', 'Published: 6/20/2024', 1),
         ]),
    dict(id='003', file='003_23bc022edd82bf0f.txt', outlet='INPAC Times', language='en',
         headline='North Korea says pact with Putin entails full military assistance during event of war, '
                  'global concerns erupt', headline_source='text',
         copyright='Copyright © 2024 INPAC Times. All Rights Reserved',
         published='2024-06-20', certainty='inferred',
         evidence=('The leaders of both the countries met this Wednesday', 1),
         note='The summit in Pyongyang where the leaders "met this Wednesday" is Putin\'s visit of Wednesday '
              '19 June 2024; the past tense of "this Wednesday" and the 2024 copyright date the article to later '
              'that week (about 20 June 2024).',
         furniture=[
             ('headline', 'North Korea says pact with Putin entails full military assistance during event of war, '
                          'global concerns erupt', 1),
             ('heading', 'Details of the Latest Agreement:', 1),
             ('heading', 'Strengthening Military Ties', 1),
             ('heading', 'Rising Global Concerns', 1),
             ('credit', 'Copyright © 2024 INPAC Times. All Rights Reserved', 1),
             ('navigation', 'Exit mobile version', 1),
         ]),
    dict(id='004', file='004_2306bba0ada63e50.txt', outlet='', language='en',
         headline='North Korea ratifies mutual defense treaty with Russia', headline_source='editor',
         published='2024-11-12', certainty='inferred',
         evidence=('according to state media KCNA on Tuesday', 1),
         note='KCNA reported the ratification "on Tuesday", after Russia\'s upper house approved the treaty '
              '"last week" (the Federation Council did so on 6 November 2024): Tuesday 12 November 2024. '
              'The text as received is cut off mid-word.',
         furniture=[]),
]


def find(text: bytes, quote: str, occurrence: int):
    """Byte range of the n-th occurrence (1-based) of quote in text; fails loudly when it is missing."""
    q = quote.encode('utf-8')
    pos = -1
    for _ in range(occurrence):
        pos = text.find(q, pos + 1)
        if pos < 0:
            sys.exit(f'quote not found (occurrence {occurrence}): {quote!r}')
    return pos, pos + len(q)


def span(text: bytes, quote: str, occurrence: int, article: str = None, to_end: bool = False):
    start, end = find(text, quote, occurrence)
    if to_end:
        end = len(text)
    out = {'article': article} if article else {}
    out.update(start=start, end=end, text=text[start:end].decode('utf-8'))
    return out


def texts():
    return {a['id']: open(os.path.join(SEEDS, a['file']), 'rb').read() for a in ARTICLES}


def articles_bundle():
    t = texts()
    out = []
    for a in ARTICLES:
        text = t[a['id']]
        item = {'id': a['id'], 'file': a['file'], 'headline': a['headline'],
                'headline_source': a['headline_source'], 'outlet': a['outlet'], 'language': a['language']}
        for key in ('url', 'credit', 'copyright'):
            if a.get(key):
                item[key] = a[key]
        item['published'] = a['published']
        item['published_certainty'] = a['certainty']
        item['published_evidence'] = span(text, *a['evidence'])
        item['published_note'] = a['note']
        item['furniture'] = [dict(kind=f[0], **span(text, f[1], f[2], to_end=len(f) > 3)) for f in a['furniture']]
        out.append(item)
    return {'format': 'claimline-bundle', 'version': 1,
            'description': 'The five seed articles: metadata an editor knows about them. The texts are the '
                           'sibling .txt files, byte for byte; offsets are UTF-8 byte offsets into them.',
            'articles': out}


# ---- editor-written claims, relations and notes (seeds/curation.json) -----------------------------------
def curation_bundle():
    t = texts()

    def claim(cid, article, quote, kind, speaker_name='', cue=None, hedge='', occurrence=1):
        c = {'id': cid, **span(t[article], quote, occurrence, article), 'kind': kind}
        if speaker_name or cue:
            att = {'name': speaker_name, 'outlet_voice': False}
            if cue:
                att['cue'] = span(t[article], cue, 1, article)
            c['attribution'] = att
        if hedge:
            c['hedged'] = True
            c['hedge_cue'] = hedge
        return c

    claims = [
        claim('cur:001:troops', '001', 'North Korea may have sent about 10,000 soldiers to Russia', 'quantity',
              'intelligence reports', 'According to intelligence reports', hedge='may'),
        claim('cur:004:troops', '004', 'sending tens of thousands of its troops to Russia', 'quantity',
              'Observers', 'Observers say'),
        claim('cur:001:ratified', '001', 'The North Korean dictator ratified the deal with Russia on November 11',
              'event'),
        claim('cur:004:ratified', '004', '“ratified as a decree of the president of the state affairs” by DPRK '
              'leader Kim Jong Un', 'event', 'state media KCNA', 'according to state media KCNA'),
        claim('cur:004:1961', '004', "revives the countries’ mutual defense obligation under a 1961 treaty that "
              'expired following the collapse of the Soviet Union in 1991', 'event'),
        claim('cur:003:1960s', '003', 'revives an obsolete mutual defense agreement from the 1960s', 'event',
              "North Korea’s official Korean Central News Agency (KCNA)", 'According to'),
    ]
    relations = [
        {'type': 'contradicts', 'claims': ['cur:001:troops', 'cur:004:troops'],
         'evidence': [span(t['001'], 'about 10,000 soldiers', 1, '001'),
                      span(t['004'], 'tens of thousands of its troops', 1, '004')],
         'explanation': '001 cites intelligence reports of "about 10,000 soldiers"; 004 has observers speak of '
                        '"tens of thousands" — the troop count differs by an order of magnitude.'},
        {'type': 'corroborates', 'claims': ['cur:001:ratified', 'cur:004:ratified'],
         'evidence': [span(t['001'], 'ratified the deal with Russia on November 11', 1, '001'),
                      span(t['004'], 'according to state media KCNA on Tuesday', 1, '004')],
         'explanation': 'Both report Kim Jong Un\'s ratification decree: 001 dates it 11 November, 004 cites KCNA '
                        'reporting it on Tuesday 12 November.'},
        {'type': 'refines', 'claims': ['cur:003:1960s', 'cur:004:1961'],
         'evidence': [span(t['003'], 'from the 1960s', 1, '003'), span(t['004'], 'a 1961 treaty', 1, '004')],
         'explanation': '003 says the pact revives a defense agreement "from the 1960s"; 004 names it: the 1961 '
                        'treaty, which lapsed after 1991.'},
    ]
    notes = [
        {'id': 'note:troops', 'claim': 'cur:001:troops', 'verdict': 'disputed', 'author': 'claimline editors',
         'text': 'Estimates of the North Korean deployment varied widely in November 2024; 001 hedges ("may have '
                 'sent") and 004 attributes its figure to unnamed observers. Neither article gives a source that '
                 'settles the number.'},
        {'id': 'note:1961', 'claim': 'cur:004:1961', 'verdict': 'accurate', 'author': 'claimline editors',
         'text': 'The 1961 Treaty of Friendship, Co-operation and Mutual Assistance between the USSR and the DPRK '
                 'carried a mutual defense clause; it lapsed after the Soviet Union dissolved and was replaced in '
                 '2000 by a treaty without one. 003\'s "from the 1960s" refers to the same treaty.'},
        {'id': 'note:dates', 'author': 'claimline editors',
         'text': 'Two moments are told here: the signing at the Pyongyang summit (Wednesday 19 June 2024; 002 and '
                 '003) and Kim Jong Un\'s ratification decree (Monday 11 November 2024; 000, 001 and 004).'},
    ]
    return {'format': 'claimline-bundle', 'version': 1, 'base': 'articles.json', 'provenance': 'curated',
            'description': 'Editor-written claims, relations and notes about the seed articles (articles.json).',
            'claims': claims, 'relations': relations, 'notes': notes}


def write(name, obj):
    with open(os.path.join(SEEDS, name), 'w', encoding='utf-8') as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write('\n')


if __name__ == '__main__':
    write('articles.json', articles_bundle())
    write('curation.json', curation_bundle())
