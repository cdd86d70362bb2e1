"""Links Russian students and chats post, through the links detector: what gets called
phishing, scam or suspicious among sites nobody would call a scam (session 23).

The list was written here from everyday use (a university's sites, banks, shops, state
services, study tools, shorteners), not taken from any data set; it found
``sberbank-insurance.ru`` (a bank's insurer) sanctioned as phishing, and led to a brand joined
with plain words being a lead, not phishing (docs/evaluation.md, "A brand joined with plain
words is a lead"). Shorteners and Telegram invites are reported, not flagged.

Usage: PYTHONPATH=src python scripts/everyday_links_probe.py
"""

from __future__ import annotations

from typing import Final

LINKS: Final = (
    'https://online.sberbank.ru/CSAFront/index.do',
    'https://www.sberbank-ast.ru/',
    'https://sbermarket.ru/',
    'https://lk.gosuslugi.ru/',
    'https://esia.gosuslugi.ru/login',
    'https://www.mos.ru/services/',
    'https://vk.me/join/AbCd',
    'https://ok.ru/group/123',
    'https://www.wildberries.ru/catalog/123/detail.aspx',
    'https://www.ozon.ru/product/123',
    'https://www.avito.ru/moskva/telefony',
    'https://www.tbank.ru/cards/',
    'https://alfabank.ru/',
    'https://www.pochta.ru/tracking',
    'https://hh.ru/vacancy/123',
    'https://stepik.org/course/67',
    'https://moodle.hse.ru/course/view.php?id=5',
    'https://lms.hse.ru/',
    'https://elibrary.ru/item.asp?id=123',
    'https://cyberleninka.ru/article/n/abc',
    'https://rutube.ru/video/abc/',
    'https://dzen.ru/a/abc',
    'https://yadi.sk/d/AbCd',
    'https://cloud.mail.ru/public/AbCd',
    'https://telegra.ph/Raspisanie-09-01',
    'https://teletype.in/@user/post',
    'https://www.notion.so/page-123',
    'https://miro.com/app/board/abc=',
    'https://telemost.yandex.ru/j/123',
    'https://sferum.ru/?call_link=abc',
    'https://dnevnik.ru/',
    'https://school.mos.ru/',
    'https://spbu.ru/',
    'https://msu.ru/',
    'https://priem.mipt.ru/',
    'https://urfu.ru/ru/',
    'https://www.vtb.ru/personal/',
    'https://vtb-leasing.ru/',
    'https://www.sberbank-insurance.ru/',
    'https://yandex-team.ru/',
    'https://market.yandex.ru/',
    'https://eda.yandex.ru/',
    'https://kinopoisk.ru/',
    'https://www.kp.ru/',
    'https://ria.ru/',
    'https://lenta.ru/',
    'https://www.rbc.ru/',
    'https://habr.com/ru/articles/123/',
    'https://pikabu.ru/story/abc',
    'https://2gis.ru/moscow',
    'https://yandex.ru/maps/-/CDabc',
    'https://www.tutu.ru/',
    'https://www.rzd.ru/',
    'https://pass.rzd.ru/',
    'https://www.aeroflot.ru/',
    'https://www.nalog.gov.ru/',
    'https://lkfl2.nalog.ru/lkfl/',
    'https://www.pfr.gov.ru/',
    'https://sfr.gov.ru/',
    'https://www.consultant.ru/',
    'https://www.garant.ru/',
    'https://антиплагиат.рф/',
    'https://xn--80aesfpebagmfblc0a.xn--p1ai/',
    'https://стопкоронавирус.рф/',
    'https://www.donationalerts.com/r/streamer',
    'https://boosty.to/author',
    'https://qiwi.com/',
    'https://yoomoney.ru/to/4100',
    'https://www.gazprombank.ru/',
    'https://www.raiffeisen.ru/',
    'https://www.rshb.ru/',
    'https://mts.ru/',
    'https://moskva.beeline.ru/',
    'https://megafon.ru/',
    'https://tele2.ru/',
    'https://www.dns-shop.ru/',
    'https://www.mvideo.ru/',
    'https://www.citilink.ru/',
    'https://aliexpress.ru/item/123.html',
    'https://www.lamoda.ru/',
    'https://samokat.ru/',
    'https://vkusvill.ru/',
    'https://steamcommunity.com/id/abc',
    'https://store.steampowered.com/app/730',
    'https://github.com/user/repo',
    'https://gitlab.com/user/repo',
    'https://replit.com/@user/abc',
    'https://colab.research.google.com/drive/abc',
    'https://www.kaggle.com/competitions/abc',
    'https://leetcode.com/problems/two-sum/',
    'https://codeforces.com/contest/123',
    'https://acm.timus.ru/',
    'https://informatics.msk.ru/',
    'https://contest.yandex.ru/contest/123/',
    'https://yandex.ru/q/',
    'https://otvet.mail.ru/question/123',
    'https://znanija.com/task/123',
    'https://reshak.ru/otvet/',
    'https://gdz.ru/class-10/',
    'https://studfile.net/preview/123/',
    'https://www.studmed.ru/abc.html',
    'https://author24.ru/',
    'https://www.napishem.ru/',
    'https://t.me/hse_official',
    'https://t.me/+AbCdEfGh',
    'https://vk.cc/abc12',
    'https://clck.ru/3AbCd',
    'https://bit.ly/3xYz',
    'https://tinyurl.com/abc123',
)


def main() -> None:
    from chatwarden.detect.linkfind import find_links
    from chatwarden.detect.links import LinkParams, Links

    links = Links(LinkParams(user_lists=False))
    for written in LINKS:
        for link in find_links(written):
            label, score, why = links.verdict(link)
            if label not in ("clean", "shortener", "invite"):
                print(f"{label} {score:.2f} {why}")
    print(f"{len(LINKS)} links read")


if __name__ == "__main__":
    main()
