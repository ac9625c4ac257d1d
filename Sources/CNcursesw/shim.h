#ifndef SKEPTIC_CNCURSESW_SHIM_H
#define SKEPTIC_CNCURSESW_SHIM_H

/* Wide-character curses: must be defined before <ncurses.h>. */
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <stdio.h>
#include <ncurses.h>

/* C globals and macros Swift cannot see or rejects as not concurrency-safe. */
static inline WINDOW *sk_stdscr(void) { return stdscr; }
static inline int sk_lines(void) { return LINES; }
static inline int sk_cols(void) { return COLS; }
static inline int sk_cursor_y(void) { return getcury(stdscr); }
static inline int sk_cursor_x(void) { return getcurx(stdscr); }

static inline attr_t sk_a_normal(void) { return A_NORMAL; }
static inline attr_t sk_a_bold(void) { return A_BOLD; }
static inline attr_t sk_a_dim(void) { return A_DIM; }
static inline attr_t sk_a_underline(void) { return A_UNDERLINE; }
static inline attr_t sk_a_reverse(void) { return A_REVERSE; }
static inline attr_t sk_a_italic(void) { return A_ITALIC; }

static inline int sk_color_pair(int n) { return COLOR_PAIR(n); }
static inline int sk_colors(void) { return COLORS; }
static inline int sk_color_pairs(void) { return COLOR_PAIRS; }

/* Writes one character cell (a base character plus up to 4 combining marks) with attributes and pair. */
static inline int sk_put_cell(int y, int x, const wchar_t *wch, attr_t attrs, short pair) {
    cchar_t c;
    if (setcchar(&c, wch, attrs, pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &c);
}

/* Writes a run of characters that share attributes and pair (one library call for a whole word or line). */
static inline int sk_put_run(int y, int x, const wchar_t *s, int n, attr_t attrs, short pair) {
    wattr_set(stdscr, attrs, pair, NULL);
    return mvaddnwstr(y, x, s, n);
}

/* Writes a run of cells that share attributes and pair as a cell array (wadd_wchnstr copies cells into the
   window; waddnwstr's per-character path cost ncurses about twice as much on a first frame). A wide
   character takes two columns, as with waddnwstr. A run with combining marks or other zero-width characters
   goes through waddnwstr, which attaches them as it always has. The cursor is not moved. */
static inline int sk_put_cells(int y, int x, const wchar_t *s, int n, attr_t attrs, short pair) {
    if (n <= 0) return OK;
    if (n > 2048) return sk_put_run(y, x, s, n, attrs, pair);
    cchar_t cells[n];
    cchar_t model;
    const wchar_t blank[2] = { L' ', L'\0' };
    if (setcchar(&model, blank, attrs, pair, NULL) != OK) return ERR;
    for (int i = 0; i < n; i++) {
        wchar_t c = s[i];
        if (c >= 0x300 && wcwidth(c) == 0) return sk_put_run(y, x, s, n, attrs, pair);
        cells[i] = model;
        cells[i].chars[0] = c;
    }
    if (wmove(stdscr, y, x) == ERR) return ERR;
    return wadd_wchnstr(stdscr, cells, n);
}

/* The display width the C library gives a character under the current locale. */
static inline int sk_wcwidth(wchar_t c) { return wcwidth(c); }

static inline int sk_is_utf8_codeset(void) {
    const char *cs = nl_langinfo(CODESET);
    return cs != NULL && (cs[0] == 'U' || cs[0] == 'u') && (cs[1] == 'T' || cs[1] == 't') && (cs[2] == 'F' || cs[2] == 'f');
}

// Mouse: clicks of the first button and the wheel (buttons 4 and 5).
static inline int sk_mouse_enable(int on) {
    mmask_t mask = on ? (BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED) : 0;
    mouseinterval(0);
    return mousemask(mask, NULL) != 0;
}
/// Reads the pending mouse event: kind 1 wheel up, 2 wheel down, 3 click, 0 anything else.
static inline int sk_get_mouse(int *x, int *y, int *kind) {
    MEVENT e;
    if (getmouse(&e) != OK) return 0;
    *x = e.x; *y = e.y;
    if (e.bstate & BUTTON4_PRESSED) *kind = 1;
    else if (e.bstate & BUTTON5_PRESSED) *kind = 2;
    else if (e.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED)) *kind = 3;
    else *kind = 0;
    return 1;
}
/* Terminfo alone (no curses screen), for the first frame, written before curses starts. term.h comes last:
   its capability macros (lines, columns, …) would clash with names above. */
#include <term.h>

/* Loads TERM's description for fd as the current terminal; 0 when TERM is unknown (nothing is printed). */
static inline int sk_terminfo_load(int fd) {
    int err = 0;
    return setupterm(NULL, fd, &err) == OK;
}
/* Loads a named terminal type's description (for tests: fd need not be a terminal). */
static inline int sk_terminfo_load_named(const char *name, int fd) {
    int err = 0;
    return setupterm(name, fd, &err) == OK;
}
/* Frees the description sk_terminfo_load made current. */
static inline void sk_terminfo_free(void) {
    TERMINAL *t = cur_term;
    if (t != NULL) { set_curterm(NULL); del_curterm(t); }
}
/* A string capability, NULL when the terminal lacks it. */
static inline const char *sk_terminfo_string(const char *name) {
    char *s = tigetstr(name);
    return (s == NULL || s == (char *)-1) ? NULL : s;
}
static inline int sk_terminfo_number(const char *name) { return tigetnum(name); }
static inline int sk_terminfo_flag(const char *name) { return tigetflag(name) > 0; }
static inline const char *sk_tiparm1(const char *s, int a) { return tiparm(s, a); }
static inline const char *sk_tiparm2(const char *s, int a, int b) { return tiparm(s, a, b); }

/* Empties a string capability of the current terminal in place, so that curses sends nothing for it, and
   returns its first byte for sk_string_restore. In place because the library reads its own copy of the
   capability table (the public macros reach another), while tigetstr hands out the strings themselves. */
static inline char sk_string_silence(const char *name) {
    char *s = tigetstr(name);
    if (s == NULL || s == (char *)-1) return 0;
    char first = s[0];
    s[0] = 0;
    return first;
}
static inline void sk_string_restore(const char *name, char first) {
    char *s = tigetstr(name);
    if (s == NULL || s == (char *)-1 || first == 0) return;
    s[0] = first;
}

/* Crash reports: the call stack written straight to a file descriptor. */
#include <execinfo.h>
static inline void sk_backtrace_fd(int fd) { void *frames[64]; int n = backtrace(frames, 64); backtrace_symbols_fd(frames, n, fd); }

#endif
