from django.urls import path

from contacts import views

app_name = "contacts"
urlpatterns = [
    path("live/contacts/", views.contact_list, name="list"),
    path("live/contacts/request/<int:pk>/", views.send_request, name="request"),
    path("live/contacts/requests/<int:pk>/accept/", views.accept, name="accept"),
    path("live/contacts/requests/<int:pk>/decline/", views.decline, name="decline"),
    path("live/contacts/requests/<int:pk>/withdraw/", views.withdraw, name="withdraw"),
    path("live/contacts/<int:pk>/remove/", views.remove, name="remove"),
    path("live/contacts/block/<int:pk>/", views.block, name="block"),
    path("live/contacts/blocked/", views.blocked_list, name="blocked"),
    path("live/contacts/unblock/<int:pk>/", views.unblock, name="unblock"),
]
