"""Everyday chat written as its members write it, replayed through the shipped policies: what
no data set here shows (the held-out Russian chat of issue 10 is a university group's).

The lines were written for this (session 22), not taken from any data set: a university
group's talk in Russian (questions, schedules, мат among friends, politics in passing, offers,
phone numbers and addresses) and an English community server's (gaming talk, hyperbole,
invites, links). They are a probe, not a benchmark: what it found and what changed is in
docs/evaluation.md ("Everyday chat written as its members write it"). Each set is replayed
as established members' chat (``realdata.synthetic_chat``) and the university's first set
also as newcomers' first messages (``realdata.newcomer_chat``); every decision is printed.

Usage: PYTHONPATH=src python scripts/everyday_chat_probe.py
"""

from __future__ import annotations

from typing import Final

UNIVERSITY: Final = (
    'Здравствуйте, когда заработает личный кабинет на сайте?',
    'Добрый день! Подскажите, где посмотреть расписание на следующую неделю?',
    'Всем привет, я первокурсник, кто-нибудь знает, где 312 аудитория?',
    'Ребят, скиньте пожалуйста методичку по матану',
    'Кто идёт на пару к Иванову завтра?',
    'Здравствуйте, а общежитие когда дают?',
    'Подскажите, пожалуйста, как подать документы на стипендию',
    'Скиньте ссылку на беседу группы',
    'Привет! Продаю учебники за первый курс, недорого, пишите в лс',
    'Кто сдал зачет по истории, напишите, какие были вопросы',
    'Ахахаха ну вы даёте',
    'ХВХВХАХАХА',
    'Всем спасибо!',
    'Есть кто с ИВТ?',
    'Мой номер +7 912 345 67 89, добавьте в чат группы пожалуйста',
    'Отправила СНИЛС в приёмную комиссию, жду ответа',
    'Когда будет собрание по практике?',
    'Ссылка на зум: https://us02web.zoom.us/j/81234567890',
    'Где взять справку об обучении для военкомата?',
    'Помогите найти преподавателя по физре, он не отвечает на почту',
    'Напишите мне, если кто-то нашел студенческий билет на имя Петрова',
    'Кто может помочь с курсовой? Заплачу',
    'Делаю курсовые и дипломы недорого, пишите @diplom_help',
    'Ребята, завтра пары отменили?',
    'Голубиной',
    'Подскажите пожалуйста, как оплатить общежитие через госуслуги',
    'https://www.gosuslugi.ru/ вот тут можно',
    'Спасибо большое за помощь!',
    'Сколько стоит проезд по студенческому?',
    'Ставьте лайки под постом профкома',
    'Я в шоке с этой сессии, капец',
    'Блин, опять проспал первую пару',
    'Блять, опять проспал',
    'Вот расписание: https://ruz.hse.ru/ruz/main',
    'Кто хочет вступить в студсовет, пишите старосте',
    'Лекция перенесена на 14:00 в 201 аудиторию',
    'Война войной, а обед по расписанию',
    'Кто смотрел вчера матч?',
    'Мем дня 😂😂😂',
    'Где купить халат для химии?',
)

UNIVERSITY_MAT_AND_TOPICS: Final = (
    'бля, опять пары до вечера',
    'пиздец, сессия через неделю',
    'охуеть, препод поставил автомат всем',
    'ну ты и тормоз, я же скинул уже',
    'ахах ты дурак))) конечно нет',
    'Вася, ты гений, спасибо за конспект',
    'кто-нибудь видел мою зарядку? забыл в 405',
    'идите нахер со своими опросами, я сплю',
    'да ладно, не гони',
    'это жесть какая-то, а не контрольная',
    'ну и дебильное расписание составили',
    'препод по матану реально зверь',
    'Ребят, кто живёт в общаге №2, там вода есть?',
    'Сегодня митинг у главного корпуса, кто пойдёт?',
    'Выборы в студсовет в среду',
    'Мусульманам можно не ходить на пару в пятницу?',
    'На паре по истории обсуждали войну 1812 года',
    'Кто за то, чтобы перенести зачёт? Ставьте +',
    'Голосуем за старосту!',
    'Я из Казахстана, кто ещё иностранный студент?',
    'Где бесплатно распечатать?',
    'Куплю б/у калькулятор',
    'Отдам даром учебник по химии',
    'Скинула фото доски в беседу',
    'Чат, спасите, завтра коллоквиум',
    'Я тебя убью если ты опять проспишь',
    'Убейте меня, это не лекция а пытка',
    'Застрелиться можно с этими дедлайнами',
    'Кто хочет в кино в субботу?',
    'лол кек чебурек',
    'ХАХАХАХАХ',
    ')))))))',
    'Спасибо, выручил!',
    'Преподаватель Иванова ivanova@hse.ru просила присылать на почту',
    'Вот номер старосты: +7 916 123-45-67, звоните если что',
    'Всем привет, я Саша, учусь на ФКН',
)

UNIVERSITY_OFFERS_AND_DATA: Final = (
    'Здравствуйте, когда заработает личный кабинет на сайте?',
    'Сайт универа опять лежит: https://www.hse.ru/',
    'Регистрация на олимпиаду тут: https://olymp.hse.ru/mmo',
    'Записывайтесь на курсы английского при универе, ссылка в описании канала',
    'Подписывайтесь на наш канал профкома @profkom_hse, там все новости',
    'Кто хочет подработать на дне открытых дверей? Платят 2000 за день, пишите старосте',
    'Продам ноутбук, почти новый, 30к, в лс',
    'Мой телефон 8 912 345 67 89, если что звоните',
    'Номер Маши 8 912 765 43 21, она просила передать',
    'Паспорт нужно принести в деканат до пятницы',
    'Отправил скан паспорта в приёмную комиссию',
    'Вот почта деканата dekanat@hse.ru',
    'Кто знает телеграм старосты?',
    'Скиньте пожалуйста контакт куратора',
    'Наш адрес: Покровский бульвар 11, корпус R',
    'Мой адрес общаги: ул. Студенческая 5, комната 312, приходите на днюху',
    'Вот скрин с оценками Петрова, смотрите какой он тупой',
    'Заработок без вложений, пиши в лс',
    'Ставки на спорт, бонус 1000р при регистрации t.me/bet_bonus',
    'Кто со мной на хакатон? Регистрация https://codenrock.com/',
    'Вступайте в беседу нашего потока https://t.me/+AbCdEfGh123',
    'Скидка 20% по студенческому в столовой на Мясницкой',
    'Бесплатные билеты в театр для студентов, пишите в профком',
    'Кто-нибудь продаёт учебник Демидовича?',
    'Лайфхак: на госуслугах можно получить справку онлайн https://www.gosuslugi.ru/',
)

COMMUNITY: Final = (
    'gg ez',
    "I'm dead 💀💀",
    "you're killing me lol",
    'that play was sick',
    'this patch is trash',
    'uninstall noob',
    "I'll destroy you in ranked tonight",
    "let's raid the boss at 9",
    "shoot me a DM when you're on",
    'hit me up later',
    'slay queen',
    'you absolute legend',
    'kys',
    'go die in a fire',
    'nobody likes you, just leave the server',
    "I'm gonna murder this pizza",
    "my boss is going to kill me if I'm late",
    'that bass line slaps',
    'anyone want to duo?',
    'can someone help me with my python script, it keeps crashing',
    'the killer in this movie was terrifying',
    'I beat the final boss finally!!',
    'headshot!! get rekt',
    "what's the best way to kill weeds in my garden",
    'we got absolutely destroyed in the finals',
    "lol you're such an idiot 😂",
    'fuck yeah we won',
    'damn this is hard',
    'my cat just knocked my coffee over',
    'I want to die, this exam is impossible',
    "bro I'm so done with life lmao",
    'can mods ban this guy he keeps spamming',
    'check out my stream twitch.tv/coolguy',
    'free nitro here discord-gift.ru/claim',
    'anyone know a good vpn?',
)

COMMUNITY_LINKS_AND_DATA: Final = (
    'add me on insta @bob.draws',
    'my discord is bob#1234',
    'join our server discord.gg/abcd123',
    'DM me for commissions, prices in my bio',
    'selling my old GPU, $200, DM me',
    'his address is 12 Baker Street, go egg his house lol',
    'found her phone number: 555-201-3344, spam her',
    "here's my email if you want the files: bob.smith@gmail.com",
    'the docs are at https://docs.python.org/3/library/re.html',
    'check https://github.com/user/repo/issues/12',
    'free robux generator, click here bit.ly/3xYz',
    'my twitch is twitch.tv/bobplays, streaming at 8',
    'anyone tried https://www.reddit.com/r/learnpython ?',
    'send me the payment at paypal.me/bobsmith',
    'lmao he got banned again',
    'can someone explain recursion to me?',
    "I'm 15 btw",
    'where do you live? send pics',
    'hey cutie, how old are you? wanna video chat privately?',
    'Buy followers cheap! 1000 for $5 www.followerz-cheap.xyz',
)


def main() -> None:
    from chatwarden.evaluation import realchat, realdata
    from chatwarden.policy.loader import load_policy

    klint, calimero = load_policy("policies/klint.ru.yaml"), load_policy("policies/calimero.en.yaml")
    chat = realdata.synthetic_chat
    runs = [
        ("university, newcomers", klint, realdata.newcomer_chat(UNIVERSITY, "uni", seed=3)),
        ("university, members", klint, chat(UNIVERSITY, "uni", 6, seed=3)),
        ("university мат and topics", klint, chat(UNIVERSITY_MAT_AND_TOPICS, "uni", 8, seed=5)),
        ("university offers and data", klint, chat(UNIVERSITY_OFFERS_AND_DATA, "uni", 8, seed=5)),
        ("community", calimero, chat(COMMUNITY, "en", 8, seed=5)),
        ("community links and data", calimero, chat(COMMUNITY_LINKS_AND_DATA, "en", 8, seed=5)),
    ]
    for name, policy, events in runs:
        t = realchat.replay(policy, events, keep=True)
        print(f"{name}: {t.messages} messages, sanctions {t.auto_judged} (judgement) "
              f"{t.auto_rules} (rules), review items {t.reviews}")
        for item in t.items or ():
            scores = {k: round(v, 2) for k, v in item.scores.items()}
            print(f"  {item.rule} {item.outcome} {scores} {item.text[:75]}")


if __name__ == "__main__":
    main()
