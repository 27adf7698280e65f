package org.gongkai.catalogue;

import java.util.ArrayList;
import java.util.List;

/** A line diff (longest common subsequence) between two versions' text lines. */
public final class LineDiff {

    public enum Op { SAME, ADDED, REMOVED }

    public record Line(Op op, String text) {
        public String marker() {
            return switch (op) {
                case SAME -> " ";
                case ADDED -> "+";
                case REMOVED -> "−";
            };
        }
    }

    private LineDiff() {}

    public static List<Line> diff(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Line> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(i).equals(b.get(j))) {
                out.add(new Line(Op.SAME, a.get(i)));
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                out.add(new Line(Op.REMOVED, a.get(i++)));
            } else {
                out.add(new Line(Op.ADDED, b.get(j++)));
            }
        }
        while (i < n) {
            out.add(new Line(Op.REMOVED, a.get(i++)));
        }
        while (j < m) {
            out.add(new Line(Op.ADDED, b.get(j++)));
        }
        return out;
    }
}
