// Tables of the virtual console ioctls (linux/kd.h, linux/keyboard.h), in the format of
// gen-xlat.mjs's FAMILIES (which generates src/decode/xlat/kd.gen.ts from them). The key
// symbols of each key type are every K_ macro of keyboard.h whose value has that type
// (K(type, value) is type << 8 | value), in the header's order.
const KD = ['linux/kd.h'];
const KEYBOARD = ['linux/keyboard.h'];

/** The K_ symbols of key type `type` (a KT_ number). */
function keys(type) {
  return { headers: KEYBOARD, match: '^K_', valueRange: [type << 8, (type << 8) | 0xff] };
}

export const KD_TABLES = {
  kd_modes: { headers: KD, entries: ['KD_TEXT', 'KD_GRAPHICS', 'KD_TEXT0', 'KD_TEXT1'] },
  kd_kbd_types: { headers: KD, entries: ['KB_84', 'KB_101', 'KB_OTHER'] },
  kd_kbd_modes: { headers: KD, entries: ['K_RAW', 'K_XLATE', 'K_MEDIUMRAW', 'K_UNICODE', 'K_OFF'] },
  kd_meta_vals: { headers: KD, entries: ['K_METABIT', 'K_ESCPREFIX'] },
  kd_led_flags: { headers: KD, entries: ['LED_SCR', 'LED_NUM', 'LED_CAP'] },
  // KDGKBLED's byte: the flags, and their defaults four bits up.
  kd_default_led_flags: {
    headers: KD,
    entries: ['LED_SCR', 'LED_NUM', 'LED_CAP', ['LED_SCR<<4', 'LED_SCR<<4'], ['LED_NUM<<4', 'LED_NUM<<4'],
      ['LED_CAP<<4', 'LED_CAP<<4']],
  },
  kd_key_tables: { headers: KD, entries: ['K_NORMTAB', 'K_SHIFTTAB', 'K_ALTTAB', 'K_ALTSHIFTTAB'] },
  kd_keymap_flags: {
    headers: KEYBOARD,
    entries: ['KG_SHIFT', 'KG_ALTGR', 'KG_CTRL', 'KG_ALT', 'KG_SHIFTL', 'KG_SHIFTR', 'KG_CTRLL', 'KG_CTRLR']
      .map((n) => [`1<<${n}`, `1<<${n}`]),
  },
  kd_key_types: {
    headers: KEYBOARD,
    entries: ['KT_LATIN', 'KT_FN', 'KT_SPEC', 'KT_PAD', 'KT_DEAD', 'KT_CONS', 'KT_CUR', 'KT_SHIFT', 'KT_META',
      'KT_ASCII', 'KT_LOCK', 'KT_LETTER', 'KT_SLOCK', 'KT_DEAD2', 'KT_BRL'],
  },
  kd_key_fn_keys: keys(1),
  kd_key_spec_keys: keys(2),
  kd_key_pad_keys: keys(3),
  kd_key_dead_keys: keys(4),
  kd_key_cur_keys: keys(6),
  kd_key_shift_keys: keys(7),
  kd_key_ascii_keys: keys(9),
  kd_key_lock_keys: keys(10),
  kd_key_slock_keys: keys(12),
  kd_key_brl_keys: keys(14),
  kd_font_ops: { headers: KD, entries: ['KD_FONT_OP_SET', 'KD_FONT_OP_GET', 'KD_FONT_OP_SET_DEFAULT', 'KD_FONT_OP_COPY'] },
  kd_font_flags: { headers: KD, entries: ['KD_FONT_FLAG_DONT_RECALC', ['KD_FONT_FLAG_OLD', '0x80000000']] },
};
