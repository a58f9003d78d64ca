package vn.loa.encoding;

/**
 * Bytes read in one legacy encoding.
 *
 * @param text     the text, NFC
 * @param unplaced how many bytes the encoding gives no meaning (a VNI mark after no vowel, an undefined byte)
 */
record Decoded(String text, int unplaced) {
}
