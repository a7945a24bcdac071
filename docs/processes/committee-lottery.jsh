import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
var seed = "20260701-4711";
var list = new ArrayList<>(List.of("A2026-00001", "A2026-00002", "A2026-00003", "A2026-00004", "A2026-00005"));
int seats = 2;
for (int i = 0; i < Math.min(seats, list.size()); i++) {
    var h = new BigInteger(1, MessageDigest.getInstance("SHA-256").digest((seed + ":" + i).getBytes(StandardCharsets.UTF_8)));
    int j = i + h.mod(BigInteger.valueOf(list.size() - i)).intValue();
    Collections.swap(list, i, j);
}
System.out.println(list.subList(0, Math.min(seats, list.size())));
/exit
