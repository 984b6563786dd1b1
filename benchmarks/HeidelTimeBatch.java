import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.text.SimpleDateFormat;
import java.util.Arrays;

/**
 * HeidelTime (news, English, TreeTagger) over many documents in one JVM: the standalone jar
 * starts a JVM and loads its resources per document, ~10 s each on a loaded machine.
 * Arguments: config.props, a folder of NAME__YYYY-MM-DD.txt files (no date after "__": none),
 * and the folder its TimeML outputs go to, under the same names.
 */
public class HeidelTimeBatch {
    public static void main(String[] args) throws Exception {
        HeidelTimeStandalone tagger = new HeidelTimeStandalone(
            Language.ENGLISH, DocumentType.NEWS, OutputType.TIMEML, args[0], POSTagger.TREETAGGER);
        SimpleDateFormat day = new SimpleDateFormat("yyyy-MM-dd");
        File[] files = new File(args[1]).listFiles();
        Arrays.sort(files);
        for (File file : files) {
            String name = file.getName();
            String dct = name.substring(name.lastIndexOf("__") + 2, name.length() - 4);
            String text = new String(Files.readAllBytes(file.toPath()), StandardCharsets.UTF_8);
            String out = dct.isEmpty() ? tagger.process(text) : tagger.process(text, day.parse(dct));
            Files.write(Paths.get(args[2], name), out.getBytes(StandardCharsets.UTF_8));
        }
    }
}
