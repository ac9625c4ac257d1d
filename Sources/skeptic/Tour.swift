/// The built-in sample article shown when `skeptic` runs with no file: a tour of the reader.
enum Tour {
    /// The tour's text, plain text as the plain-text importer reads it.
    static let text = """
    A Tour of Skeptic
    By the Skeptic developers

    Skeptic is a reader for news articles in the terminal. It shows the
    article on the right and its sections as a tree on the left, and it
    marks the parts of the text that deserve a second look: hedges,
    quotations, and the noise that scraped pages tend to carry. You are
    reading the built-in tour, which Skeptic opens when it is started
    without a file. It reads plain text, Markdown and saved web pages:
    from a page it keeps the article and drops the menus, the ads and
    the comments.

    Moving Around
    =============

    Most keys will feel familiar if you have used less or vim.

    Lines and Pages
    ---------------

    - j or ↓ moves down one line, and k or ↑ moves up one line.
    - space, f or PgDn moves down a page; b or PgUp moves up a page.
    - d moves down half a page, and u moves up half a page.
    - g or Home goes to the top; G or End goes to the bottom.

    Headings and Sections
    ---------------------

    - ] jumps to the next heading, and [ to the previous one.
    - } jumps to the next section of the same level, and { to the
      previous one, skipping the subsections in between.

    Try it now: press ] a few times and watch the tree follow along.

    The Section Tree
    ================

    The tree on the left lists every heading Skeptic found, indented by
    level. Press Tab to move the focus between the tree and the text.
    While the tree has the focus:

    - j, k, ↓ and ↑ move the selection.
    - Enter jumps to the selected section.
    - h or ← collapses a branch, and l or → expands it.

    Press t to hide the tree when you want the whole width for the text,
    and t again to bring it back.

    Reading With Care
    =================

    Skeptic does not decide what is true. It points at the words that
    tell you how sure a writer is, and at the sources the writer leans on.

    Hedges and Claims
    -----------------

    Compare these two sentences. The first is a plain statement that you
    can check against a record:

    The council approved the budget on Tuesday by nine votes to four.

    The second is hedged. Its cues may, could and suggest mark a claim
    that is likely uncertain, and it might turn out to be wrong:

    The new budget may shorten waiting times, and it could, some analysts
    suggest, save money in the long run.

    An article that rests mostly on sentences of the second kind is not
    necessarily wrong, but it deserves a slower read.

    Sources and Quotes
    ------------------

    Quotations are marked as well, so you can see who said what:

    “We checked every figure twice, and we might still be wrong,” said
    Ada Reyes, the paper’s data editor.

    Pages scraped from the web often embed the post they are based on:

    “Budget passes 9–4. Targets to follow next month.” pic.twitter.com/abc
    — City Desk (@citydesk) March 4, 2025

    Flagging as You Read
    ====================

    Press s to jump to the next speculative statement (S goes back), v to
    the next vague one and c to the next claim; L lists them all. On the
    statement you are at, the key + confirms its flag and the key -
    dismisses it; x and a letter flags a sentence yourself, and a writes a
    note (A opens your editor for a longer one). Your review is saved as
    you make it, and E writes it to a file: Markdown, or Web Annotation
    JSON for a name ending in .json.

    In a web page or a Markdown article each link carries its number, as
    in [3]: o and the number opens the link in place of the article, and
    B comes back to where you were.

    Outside the Reader
    ==================

    Searching and Finding Your Place
    ================================

    Press / and type to search forward (? searches backward); the
    screen follows the first hit as you type, Enter keeps the search
    and Esc goes back to where you were. Lower case matches either
    case; Ctrl-R in the prompt switches to a regular expression. Then
    n and N step through the hits, and the status line says "hit 3/17".
    Press : for a line number, a percentage (50%) or a heading (#3),
    m and a letter to set a mark, ' and the letter to return to it, and
    '' to go back to where you were before a jump. Reopen an article
    and Skeptic opens where you left off. T switches colour themes.

    Two commands print their result and exit without opening the reader:

    - skeptic --outline FILE prints the section tree of FILE.
    - skeptic --dump --width 72 FILE prints the text laid out at 72
      columns, as the reading pane would show it.

    Help and Quitting
    =================

    Press h at any time to see every key, and q to quit. To read an
    article of your own, run skeptic with the name of its file.
    """
}
