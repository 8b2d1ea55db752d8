package dev.dbcloud.codegen;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DescriptionTest {
    @Test
    void refusesASectionThatIsNotAList() {
        assertThatThrownBy(() -> Descriptions.item("enums", "enums: {name: Color}\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Demo.yaml: 'enums' must be a list");
    }

    @Test
    void refusesATextThatIsNotAText() {
        Description item = Descriptions.item("enums", "enums: [{name: Color, doc: [a, b]}]\n");

        assertThatThrownBy(() -> item.text("doc"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Demo.yaml > enums > Color: 'doc' must be a text");
    }

    @Test
    void refusesAFlagThatIsNotTrueOrFalse() {
        Description item = Descriptions.item("enums", "enums: [{name: Color, beta: maybe}]\n");

        assertThatThrownBy(() -> item.flag("beta", false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Demo.yaml > enums > Color: 'beta' must be true or false");
    }
}
