#!/usr/bin/env python3
"""Writes the Vietnamese locales of the Camunda webapps (vi.json) from the vendor's en.json and our TSVs.

Every app is translated key for key: a key takes its text from tasklist-vi.tsv, common-vi.tsv (shared keys),
values-vi.tsv (by English text: common words such as "Processes", "Users"…) or the app's own {app}-vi.tsv
(cockpit-vi.tsv, admin-vi.tsv). The script fails when a key of en.json is left in English, unless its English
text is one of SAME (names and symbols that Vietnamese writes the same way). Run after a Camunda upgrade:
  python3 tools/camunda-locales/build.py ~/.m2/repository/org/camunda/bpm/webapp/camunda-webapp-webjar/7.24.0/camunda-webapp-webjar-7.24.0.jar
"""
import json, sys, zipfile, pathlib

HERE = pathlib.Path(__file__).parent
OUT = HERE.parent.parent / 'src/main/resources/META-INF/resources/webjars/camunda/app'
PREFIX = 'META-INF/resources/webjars/camunda/app/'

def tsv(name):
    d = {}
    for line in (HERE / name).read_text(encoding='utf-8').splitlines():
        if line.strip():
            k, _, v = line.partition('\t')
            d[k] = v.replace('\\n', '\n')
    return d

DATE = {
    "calendar": {"lastDay": "[Hôm qua lúc] LT", "lastWeek": "dddd [tuần trước lúc] LT", "nextDay": "[Ngày mai lúc] LT",
                 "nextWeek": "dddd [tuần tới lúc] LT", "sameDay": "[Hôm nay lúc] LT", "sameElse": "L"},
    "longDateFormat": {"L": "DD/MM/YYYY", "LL": "D MMMM [năm] YYYY", "LLL": "D MMMM [năm] YYYY LT",
                       "LLLL": "dddd, D MMMM [năm] YYYY LT", "LT": "HH:mm"},
    "months": ["tháng 1", "tháng 2", "tháng 3", "tháng 4", "tháng 5", "tháng 6", "tháng 7", "tháng 8",
               "tháng 9", "tháng 10", "tháng 11", "tháng 12"],
    "monthsShort": ["Th01", "Th02", "Th03", "Th04", "Th05", "Th06", "Th07", "Th08", "Th09", "Th10", "Th11", "Th12"],
    "relativeTime": {"M": "một tháng", "MM": "%d tháng", "d": "một ngày", "dd": "%d ngày", "future": "%s tới",
                     "h": "một giờ", "hh": "%d giờ", "m": "một phút", "mm": "%d phút", "past": "%s trước",
                     "s": "vài giây", "y": "một năm", "yy": "%d năm"},
    "week": {"dow": 1, "doy": 4},
    "weekdays": ["Chủ nhật", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy"],
    "weekdaysMin": ["CN", "T2", "T3", "T4", "T5", "T6", "T7"],
    "weekdaysShort": ["CN", "T2", "T3", "T4", "T5", "T6", "T7"],
}

# English texts that stay as they are in Vietnamese (kept in step with WebappLocaleTest.SAME_IN_VIETNAMESE)
SAME = {'ID', 'CSV', 'JSON', 'Optimize', 'case', '<', '<=', '>', '>=', 'YYYY-MM-DDTHH:mm:ss'}

def main(jar):
    tasklist, common, values = tsv('tasklist-vi.tsv'), tsv('common-vi.tsv'), tsv('values-vi.tsv')
    with zipfile.ZipFile(jar) as z:
        for app in ['tasklist', 'cockpit', 'admin', 'welcome']:
            en = json.loads(z.read(PREFIX + app + '/locales/en.json').decode('utf-8-sig'))
            own = tsv(app + '-vi.tsv') if (HERE / (app + '-vi.tsv')).exists() else {}
            labels = {}
            missing = []
            for k, v in en['labels'].items():
                if k in tasklist:
                    labels[k] = tasklist[k]
                elif k in common:
                    labels[k] = common[k]
                elif v in values:
                    labels[k] = values[v]
                elif k in own:
                    labels[k] = own[k]
                elif v in SAME:
                    labels[k] = v
                else:
                    labels[k] = v
                    missing.append(k)
            if missing:
                sys.exit(app + ' keys without a translation: ' + ', '.join(missing))
            out = {'labels': labels}
            if 'dateLocales' in en:
                out = {'dateLocales': DATE, 'labels': labels}
            target = OUT / app / 'locales' / 'vi.json'
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(json.dumps(out, ensure_ascii=False, indent=1, sort_keys=True) + '\n', encoding='utf-8')
            print(f'{app}: {len(labels)} labels in Vietnamese')

if __name__ == '__main__':
    main(sys.argv[1])
