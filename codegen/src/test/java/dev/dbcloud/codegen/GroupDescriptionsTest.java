package dev.dbcloud.codegen;

import static dev.dbcloud.codegen.ModelDescriptionsTest.emit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GroupDescriptionsTest {
    @Test
    void aGroupMakesEachOfItsResourcesWithWhatItWasMadeWith() throws Exception {
        String text = emit(new GroupEmitter(), """
                        name: Stack
                        doc: Stack resources.
                        beta: true
                        sender: organization
                        members:
                          - name: roles
                            type: StackRoles
                            doc: "@return the roles"
                          - name: alerts
                            type: StackAlerts
                        """).get(0).text();
        assertThat(text).isEqualTo("""
                        // Generated from this module's src/main/codegen descriptions; edit those.
                        package dev.example;

                        import dev.dbcloud.clickhouse.shared.internal.OrganizationResolver;
                        import dev.dbcloud.core.Beta;
                        import dev.dbcloud.core.internal.Invoker;

                        /**
                         * Stack resources.
                         */
                        @Beta
                        public final class Stack {
                            private final Invoker invoker;
                            private final OrganizationResolver organization;

                            Stack(Invoker invoker, OrganizationResolver organization) {
                                this.invoker = invoker;
                                this.organization = organization;
                            }

                            /**
                             * @return the roles
                             */
                            public StackRoles roles() {
                                return new StackRoles(invoker, organization);
                            }

                            /**
                             * The alerts.
                             *
                             * @return the resource
                             */
                            public StackAlerts alerts() {
                                return new StackAlerts(invoker, organization);
                            }
                        }
                        """);
    }

    @Test
    void anInvokerGroupIsMadeWithTheInvokerAlone() throws Exception {
        String text = emit(new GroupEmitter(), "name: G\nmembers:\n  - {name: a, type: A}\n")
                .get(0)
                .text();
        assertThat(text).contains("    G(Invoker invoker) {\n").contains("        return new A(invoker);\n");
    }

    @Test
    void refusesAGroupWithoutMembers() {
        assertThatThrownBy(() -> emit(new GroupEmitter(), "name: G\nmembers: []\n"))
                .hasMessageContaining("'members' lists at least one resource");
    }

    @Test
    void refusesAnUnknownMemberKey() {
        assertThatThrownBy(() -> emit(new GroupEmitter(), "name: G\nmembers:\n  - {name: a, type: A, lazy: true}\n"))
                .hasMessageContaining("unknown key 'lazy'");
    }
}
