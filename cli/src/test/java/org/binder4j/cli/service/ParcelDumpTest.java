package org.binder4j.cli.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.binder4j.StatusCode;
import org.junit.jupiter.api.Test;

/** libbinder's Parcel print format, as {@code service call} shows replies. */
class ParcelDumpTest {

    @Test
    void anEmptyParcelIsNull() {
        assertEquals("Parcel(NULL)", ParcelDump.of(new byte[0]));
    }

    @Test
    void upTo16BytesFitOnOneLineWithoutPadding() {
        assertEquals("Parcel(00000000    '....')", ParcelDump.of(new byte[4]));
        assertEquals("Parcel(00000000 00000001   '........')", ParcelDump.of(new byte[] {0, 0, 0, 0, 1, 0, 0, 0}));
        assertEquals("Parcel(64636261 00000000 00000000 ffffffff 'abcd............')", ParcelDump.of(new byte[] {
            'a', 'b', 'c', 'd', 0, 0, 0, 0, 0, 0, 0, 0, -1, -1, -1, -1}));
    }

    @Test
    void longerParcelsGetOneIndentedLinePer16BytesPaddedToFullWidth() {
        byte[] data = new byte[20];
        data[16] = 'z';
        assertEquals("Parcel(\n  0x00000000: 00000000 00000000 00000000 00000000 '................'\n"
                + "  0x00000010: 0000007a                            'z...            ')", ParcelDump.of(data));
    }

    @Test
    void aTrailingPartialWordShowsItsBytes() {
        assertEquals("Parcel(00000000 0201   '......')", ParcelDump.of(new byte[] {0, 0, 0, 0, 1, 2}));
    }

    @Test
    void aFailedCallShowsItsStatusAs64BitsAndItsName() {
        assertEquals("Parcel(Error: 0xffffffffffffffe0 \"DEAD_OBJECT\")", ParcelDump.error(StatusCode.DEAD_OBJECT));
    }
}
