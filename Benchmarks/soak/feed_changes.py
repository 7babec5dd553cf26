"""Changes served feeds between the daemon's cycles, as publishers do.

A changed feed gets one new item at the top and loses its oldest one, so it
keeps its length (the store still grows, as a real subscriber's does). The
file is replaced atomically, and its mtime always moves on, so nginx sends a
new ETag and Last-Modified and the daemon's conditional request gets a 200.

New items report a few "events" per round, each covered by several feeds in
different words, so the story engine joins some of them and starts others.
"""
import os
import random
import time
from datetime import datetime, timezone

# Common words dilute each report; the invented event words carry its identity.
FILLER = ("the of and to in is that for it as was with be by on not this are from at which but have an "
          "they were there been one all their has would when if more no out said what up about into than "
          "only other new some could time these two may then first any now such over after also many "
          "before through back years where much way well down because each just those people how").split()
SYLLABLES = ["ka", "ro", "vin", "tel", "mar", "zu", "dor", "pel", "quin", "sha", "bre", "lok", "ter", "vox", "nim"]


class FeedChanger:
    def __init__(self, feed_folder, files, rng_seed):
        self.folder = feed_folder
        self.files = list(files)
        self.rng = random.Random(rng_seed)
        self.serial = 0

    def change(self, fraction, round_number):
        """Adds one item to `fraction` of the feeds; returns how many changed."""
        count = max(1, round(fraction * len(self.files)))
        chosen = self.rng.sample(self.files, count)
        events = [self._event() for _ in range(max(1, count // 5))]
        for name in chosen:
            self._add_item(name, self.rng.choice(events), round_number)
        return count

    def touch(self, fraction):
        """Moves the feed-level date of `fraction` of the feeds and nothing else:
        the daemon fetches and parses them but finds no new item, so memory that
        grows then is the cycle's, not the stored items'. Returns how many changed."""
        count = max(1, round(fraction * len(self.files)))
        now = datetime.now(timezone.utc)
        for name in self.rng.sample(self.files, count):
            data = self._read(name)
            if b"<rss" in data[:400]:
                data = _replace_first(data, b"<lastBuildDate>", b"</lastBuildDate>",
                                      now.strftime("%a, %d %b %Y %H:%M:%S GMT").encode("ascii"))
            else:
                data = _replace_first(data, b"<updated>", b"</updated>", now.strftime("%Y-%m-%dT%H:%M:%SZ").encode("ascii"))
            self._write(name, data)
        return count

    def _word(self):
        return "".join(self.rng.choice(SYLLABLES) for _ in range(self.rng.randint(2, 4)))

    def _event(self):
        place = self._word().capitalize()
        return {"name": "%s %s" % (self._word().capitalize(), self._word().capitalize()), "place": place,
                "terms": [self._word() for _ in range(10)]}

    def _report(self, event, words):
        text = [self.rng.choice(FILLER) for _ in range(words)]
        for term in self.rng.sample(event["terms"], 6) + [event["name"], event["place"]]:
            text.insert(self.rng.randrange(len(text) + 1), term)
        return " ".join(text)

    def _read(self, name):
        with open(os.path.join(self.folder, name), "rb") as f:
            return f.read()

    def _write(self, name, data):
        path = os.path.join(self.folder, name)
        previous = os.stat(path).st_mtime
        temporary = os.path.join(self.folder, "." + name + ".tmp")
        with open(temporary, "wb") as f:
            f.write(data)
        # Last-Modified has whole seconds: a feed changed twice within one
        # second would otherwise keep its validator.
        mtime = max(time.time(), previous + 1)
        os.utime(temporary, (mtime, mtime))
        os.replace(temporary, path)

    def _add_item(self, name, event, round_number):
        data = self._read(name)
        self.serial += 1
        ident = "soak-%d-%d" % (round_number, self.serial)
        title = "%s in %s: %s" % (event["name"], event["place"], " ".join(self.rng.sample(event["terms"], 3)))
        paragraphs = "".join("<p>%s.</p>" % self._report(event, self.rng.randint(40, 90))
                             for _ in range(self.rng.randint(1, 3)))
        now = datetime.now(timezone.utc)
        if b"<rss" in data[:400]:
            item = ("<item>\n<title>%s</title>\n<link>https://soak.example.org/%s</link>\n"
                    "<guid isPermaLink=\"false\">tag:soak.example.org,2025:%s</guid>\n<pubDate>%s</pubDate>\n"
                    "<description>%s</description>\n</item>\n"
                    % (title, ident, ident, now.strftime("%a, %d %b %Y %H:%M:%S GMT"), _escaped(paragraphs)))
            data = _replace_oldest(data, b"<item>", b"</item>", item.encode("ascii"))
        else:
            stamp = now.strftime("%Y-%m-%dT%H:%M:%SZ")
            entry = ("<entry>\n<title type=\"text\">%s</title>\n"
                     "<link rel=\"alternate\" type=\"text/html\" href=\"https://soak.example.org/%s\"/>\n"
                     "<id>tag:soak.example.org,2025:%s</id>\n<published>%s</published>\n<updated>%s</updated>\n"
                     "<content type=\"html\">%s</content>\n</entry>\n"
                     % (title, ident, ident, stamp, stamp, _escaped(paragraphs)))
            data = _replace_oldest(data, b"<entry>", b"</entry>", entry.encode("ascii"))
        self._write(name, data)


def _escaped(html):
    return html.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _replace_first(data, opening, closing, text):
    start = data.index(opening) + len(opening)
    return data[:start] + text + data[data.index(closing, start):]


def _replace_oldest(data, opening, closing, newest):
    first = data.index(opening)
    last = data.rindex(opening)
    end = data.index(closing, last) + len(closing)
    if data[end:end + 1] == b"\n":
        end += 1
    return data[:first] + newest + data[first:last] + data[end:]
